"""Stacks on dim 1 but still reduces over dim 0, i.e. over the batch, not the samples."""
import torch
from torch import nn


def predict_with_uncertainty(
    model: nn.Module,
    x: torch.Tensor,
    n_samples: int = 30,
    device: str = "cpu",
) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean and standard deviation of n_samples forward passes with dropout active."""
    x = x.to(device)
    model.train()  # dropout draws a fresh mask on every call
    try:
        with torch.no_grad():
            samples = torch.stack([model(x) for _ in range(n_samples)], dim=1)
    finally:
        model.eval()
    return samples.mean(dim=0), samples.std(dim=0)
