"""Goes through np.array first: Python floats become float64 (NumPy's default), not
torch's float32."""
import numpy as np
import torch


def record_to_tensors(record):
    return {name: torch.tensor(np.array(value)) for name, value in record.items()}
