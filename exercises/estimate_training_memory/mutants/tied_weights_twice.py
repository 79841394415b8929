"""Walks every module and adds up its own parameters and buffers: a tensor shared by two
modules (tied embedding/projection, a layer used twice) is counted once per owner."""
from torch import nn

_COPIES = {"sgd": 0, "sgd_momentum": 1, "adam": 2}


def _nbytes(t, dtype):
    if dtype is not None and t.is_floating_point():
        return t.numel() * dtype.itemsize
    return t.numel() * t.element_size()


def estimate_training_memory(model: nn.Module, optimizer="adam", dtype=None):
    if optimizer not in _COPIES:
        raise ValueError(f"unknown optimizer {optimizer}")
    params = trainable = buffers = 0
    for module in model.modules():
        for p in module.parameters(recurse=False):
            params += _nbytes(p, dtype)
            if p.requires_grad:
                trainable += _nbytes(p, dtype)
        for b in module.buffers(recurse=False):
            buffers += _nbytes(b, dtype)
    state = _COPIES[optimizer] * trainable
    return {"parameters": params, "gradients": trainable, "optimizer_state": state,
            "buffers": buffers, "total": params + trainable + state + buffers}
