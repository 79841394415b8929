"""Gives Adam a single state tensor per parameter (forgets that it keeps both the first
and the second moment)."""
from torch import nn

_COPIES = {"sgd": 0, "sgd_momentum": 1, "adam": 1}


def _nbytes(t, dtype):
    if dtype is not None and t.is_floating_point():
        return t.numel() * dtype.itemsize
    return t.numel() * t.element_size()


def estimate_training_memory(model: nn.Module, optimizer="adam", dtype=None):
    if optimizer not in _COPIES:
        raise ValueError(f"unknown optimizer {optimizer}")
    params = sum(_nbytes(p, dtype) for p in model.parameters())
    trainable = sum(_nbytes(p, dtype) for p in model.parameters() if p.requires_grad)
    buffers = sum(_nbytes(b, dtype) for b in model.buffers())
    state = _COPIES[optimizer] * trainable
    return {"parameters": params, "gradients": trainable, "optimizer_state": state,
            "buffers": buffers, "total": params + trainable + state + buffers}
