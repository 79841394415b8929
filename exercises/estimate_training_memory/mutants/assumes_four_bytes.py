"""Ignores dtypes altogether and assumes every value takes 4 bytes (float32)."""
from torch import nn

_COPIES = {"sgd": 0, "sgd_momentum": 1, "adam": 2}


def estimate_training_memory(model: nn.Module, optimizer="adam", dtype=None):
    if optimizer not in _COPIES:
        raise ValueError(f"unknown optimizer {optimizer}")
    params = sum(p.numel() for p in model.parameters()) * 4
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad) * 4
    buffers = sum(b.numel() for b in model.buffers()) * 4
    state = _COPIES[optimizer] * trainable
    return {"parameters": params, "gradients": trainable, "optimizer_state": state,
            "buffers": buffers, "total": params + trainable + state + buffers}
