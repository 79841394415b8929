"""Fixes the scalar case but forces dtype=torch.float32 everywhere: ids and labels are
floats, bool masks are floats, float64 fields lose precision, large ints are rounded."""
import torch


def record_to_tensors(record):
    return {name: torch.tensor(value, dtype=torch.float32) for name, value in record.items()}
