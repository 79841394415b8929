"""Applies `dtype` to every tensor, integer buffers included: BatchNorm's int64
num_batches_tracked is counted at the floating dtype's size (model.to(dtype) leaves
it an int64)."""
from torch import nn

_COPIES = {"sgd": 0, "sgd_momentum": 1, "adam": 2}


def _nbytes(t, dtype):
    return t.numel() * (t.element_size() if dtype is None else dtype.itemsize)


def estimate_training_memory(model: nn.Module, optimizer="adam", dtype=None):
    if optimizer not in _COPIES:
        raise ValueError(f"unknown optimizer {optimizer}")
    params = sum(_nbytes(p, dtype) for p in model.parameters())
    trainable = sum(_nbytes(p, dtype) for p in model.parameters() if p.requires_grad)
    buffers = sum(_nbytes(b, dtype) for b in model.buffers())
    state = _COPIES[optimizer] * trainable
    return {"parameters": params, "gradients": trainable, "optimizer_state": state,
            "buffers": buffers, "total": params + trainable + state + buffers}
