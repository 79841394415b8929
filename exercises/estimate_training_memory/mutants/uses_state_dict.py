"""Sizes everything from model.state_dict(): a tied tensor appears under each of its
names and is counted twice, and non-persistent buffers are missing."""
from torch import nn

_COPIES = {"sgd": 0, "sgd_momentum": 1, "adam": 2}


def _nbytes(t, dtype):
    if dtype is not None and t.is_floating_point():
        return t.numel() * dtype.itemsize
    return t.numel() * t.element_size()


def estimate_training_memory(model: nn.Module, optimizer="adam", dtype=None):
    if optimizer not in _COPIES:
        raise ValueError(f"unknown optimizer {optimizer}")
    param_names = {name for name, _ in model.named_parameters(remove_duplicate=False)}
    trainable_names = {n for n, p in model.named_parameters(remove_duplicate=False) if p.requires_grad}
    params = trainable = buffers = 0
    for name, t in model.state_dict().items():
        if name in param_names:
            params += _nbytes(t, dtype)
            if name in trainable_names:
                trainable += _nbytes(t, dtype)
        else:
            buffers += _nbytes(t, dtype)
    state = _COPIES[optimizer] * trainable
    return {"parameters": params, "gradients": trainable, "optimizer_state": state,
            "buffers": buffers, "total": params + trainable + state + buffers}
