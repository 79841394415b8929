"""Avoids the uninitialised tensor by wrapping single numbers in a list with the old
constructor: the label becomes a float tensor of shape (1,) instead of a 0-d int64."""
import torch


def record_to_tensors(record):
    out = {}
    for name, value in record.items():
        if isinstance(value, (int, float)):
            value = [value]
        out[name] = torch.Tensor(value)
    return out
