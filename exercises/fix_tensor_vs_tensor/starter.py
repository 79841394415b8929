import torch


def record_to_tensors(record: dict) -> dict:
    """Turn every field of a sample (lists, numbers, NumPy arrays) into a tensor."""
    return {name: torch.Tensor(value) for name, value in record.items()}
