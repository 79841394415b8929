"""Sums m.parameters() over every module in named_modules(); parameters() is recursive, so
nested layers are counted once per ancestor.
"""
from torch import nn


def count_parameters(model: nn.Module) -> dict[str, int]:
    total = 0
    trainable = 0
    for _, module in model.named_modules():
        for p in module.parameters():
            total += p.numel()
            if p.requires_grad:
                trainable += p.numel()
    return {
        "total": total,
        "trainable": trainable,
        "frozen": total - trainable,
        "total_MB": total * 4 / 1024**2,
    }
