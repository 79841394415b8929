"""Counts through state_dict(): buffers such as BatchNorm running stats are included and
tied weights are counted under each of their names.
"""
from torch import nn


def count_parameters(model: nn.Module) -> dict[str, int]:
    total = sum(t.numel() for t in model.state_dict().values())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return {
        "total": total,
        "trainable": trainable,
        "frozen": total - trainable,
        "total_MB": total * 4 / 1024**2,
    }
