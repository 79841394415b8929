"""Converts with torch.from_numpy(np.asarray(...)): Python floats become float64, and
NumPy inputs are shared rather than copied."""
import numpy as np
import torch


def record_to_tensors(record):
    return {name: torch.from_numpy(np.asarray(value)) for name, value in record.items()}
