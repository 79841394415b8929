"""Counts parameter tensors (len of the list) instead of the number of values in them."""
from torch import nn


def count_parameters(model: nn.Module) -> dict[str, int]:
    params = list(model.parameters())
    total = len(params)
    trainable = len([p for p in params if p.requires_grad])
    return {
        "total": total,
        "trainable": trainable,
        "frozen": total - trainable,
        "total_MB": total * 4 / 1024**2,
    }
