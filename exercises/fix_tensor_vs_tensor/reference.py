import torch


def record_to_tensors(record: dict) -> dict:
    """Turn every field of a sample (lists, numbers, NumPy arrays) into a tensor.

    The dtype is inferred from the data and the tensor is always a copy.
    """
    return {name: torch.tensor(value) for name, value in record.items()}
