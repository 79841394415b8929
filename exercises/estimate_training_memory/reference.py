import torch
from torch import nn

# Tensors the optimizer keeps per trainable parameter, each the size of the parameter.
_STATE_COPIES = {"sgd": 0, "sgd_momentum": 1, "adam": 2}


def _nbytes(t: torch.Tensor, dtype: torch.dtype | None) -> int:
    """Bytes of `t` after a hypothetical model.to(dtype): only floating tensors change."""
    if dtype is not None and t.is_floating_point():
        return t.numel() * dtype.itemsize
    return t.numel() * t.element_size()


def estimate_training_memory(
    model: nn.Module, optimizer: str = "adam", dtype: torch.dtype | None = None
) -> dict[str, int]:
    """Bytes of parameters, gradients, optimizer state and buffers while training `model`.

    Returns {"parameters", "gradients", "optimizer_state", "buffers", "total"}, all ints.
    """
    if optimizer not in _STATE_COPIES:
        known = sorted(_STATE_COPIES)
        raise ValueError(f"unknown optimizer {optimizer!r}; expected one of {known}")
    # parameters() and buffers() deduplicate shared tensors by identity.
    params = 0
    trainable = 0
    for p in model.parameters():
        size = _nbytes(p, dtype)
        params += size
        if p.requires_grad:
            trainable += size
    buffers = sum(_nbytes(b, dtype) for b in model.buffers())
    state = _STATE_COPIES[optimizer] * trainable
    return {
        "parameters": params,
        "gradients": trainable,
        "optimizer_state": state,
        "buffers": buffers,
        "total": params + trainable + state + buffers,
    }
