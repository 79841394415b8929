"""Walks named_parameters(remove_duplicate=False), so a tied or reused tensor is counted
once per name.
"""
from torch import nn


def count_parameters(model: nn.Module) -> dict[str, int]:
    total = 0
    trainable = 0
    for _, p in model.named_parameters(remove_duplicate=False):
        total += p.numel()
        if p.requires_grad:
            trainable += p.numel()
    return {
        "total": total,
        "trainable": trainable,
        "frozen": total - trainable,
        "total_MB": total * 4 / 1024**2,
    }
