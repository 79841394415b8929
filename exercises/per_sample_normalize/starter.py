import torch


def per_sample_normalize(x: torch.Tensor) -> torch.Tensor:
    """Normalise every (sample, channel) slice of a (B, C, H, W) tensor to zero mean and
    unit (unbiased) std over its H x W values, dividing by max(std, 1e-8).
    """
    # placeholder: compute per-slice mean and std and use them
    return x.clone()
