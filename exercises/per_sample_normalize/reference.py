import torch


def per_sample_normalize(x: torch.Tensor) -> torch.Tensor:
    """Normalise every (sample, channel) slice of a (B, C, H, W) tensor over its H x W values."""
    spatial = (-2, -1)
    mean = x.mean(dim=spatial, keepdim=True)  # (B, C, 1, 1)
    std = x.std(dim=spatial, keepdim=True)  # unbiased (n - 1)
    return (x - mean) / std.clamp_min(1e-8)
