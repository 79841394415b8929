import torch
from torch import nn


def estimate_training_memory(
    model: nn.Module, optimizer: str = "adam", dtype: torch.dtype | None = None
) -> dict[str, int]:
    """Bytes of parameters, gradients, optimizer state and buffers while training `model`.

    Returns {"parameters", "gradients", "optimizer_state", "buffers", "total"}, all ints.
    """
    return {"parameters": 0, "gradients": 0, "optimizer_state": 0, "buffers": 0, "total": 0}
