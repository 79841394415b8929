import torch


def pairwise_distances(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Euclidean distance between every row of `x` (N, D) and every row of `y` (M, D).

    Uses |a - b|^2 = |a|^2 + |b|^2 - 2 a.b, so the only (N, M)-sized work is one
    matrix product; no (N, M, D) difference tensor is ever built.
    """
    x_norms = x.pow(2).sum(dim=1).unsqueeze(1)  # (N, 1)
    y_norms = y.pow(2).sum(dim=1).unsqueeze(0)  # (1, M)
    cross = x @ y.transpose(0, 1)  # (N, M)
    squared = x_norms + y_norms - 2.0 * cross
    # Cancellation can leave tiny negatives where the true value is 0; sqrt of those is NaN.
    return squared.clamp_min(0.0).sqrt()
