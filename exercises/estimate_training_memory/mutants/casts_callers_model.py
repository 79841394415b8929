"""Calls model.to(dtype) to read the sizes: nn.Module.to works in place, so the
caller's model is silently converted to the new dtype."""
from torch import nn

_COPIES = {"sgd": 0, "sgd_momentum": 1, "adam": 2}


def estimate_training_memory(model: nn.Module, optimizer="adam", dtype=None):
    if optimizer not in _COPIES:
        raise ValueError(f"unknown optimizer {optimizer}")
    if dtype is not None:
        model = model.to(dtype)
    params = sum(p.numel() * p.element_size() for p in model.parameters())
    trainable = sum(p.numel() * p.element_size() for p in model.parameters() if p.requires_grad)
    buffers = sum(b.numel() * b.element_size() for b in model.buffers())
    state = _COPIES[optimizer] * trainable
    return {"parameters": params, "gradients": trainable, "optimizer_state": state,
            "buffers": buffers, "total": params + trainable + state + buffers}
