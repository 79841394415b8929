from torch import nn


def count_parameters(model: nn.Module) -> dict[str, int]:
    """Total, trainable and frozen parameter counts, plus the float32 size in MB."""
    # .parameters() visits every submodule and yields each tensor once, even if tied.
    total = 0
    trainable = 0
    for p in model.parameters():
        total += p.numel()
        if p.requires_grad:
            trainable += p.numel()
    return {
        "total": total,
        "trainable": trainable,
        "frozen": total - trainable,
        "total_MB": total * 4 / 1024**2,
    }
