"""Counts a gradient for every parameter, frozen ones included (only the optimizer
state is restricted to trainable parameters)."""
from torch import nn

_COPIES = {"sgd": 0, "sgd_momentum": 1, "adam": 2}


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
    grads = params
    state = _COPIES[optimizer] * trainable
    return {"parameters": params, "gradients": grads, "optimizer_state": state,
            "buffers": buffers, "total": params + grads + state + buffers}
