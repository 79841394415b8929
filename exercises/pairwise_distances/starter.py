import torch


def pairwise_distances(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Euclidean distance between every row of `x` (N, D) and every row of `y` (M, D).

    Returns an (N, M) tensor with the dtype of the inputs.
    """
    n, m = x.shape[0], y.shape[0]
    return torch.zeros(n, m, dtype=x.dtype)  # placeholder: replace with the real distances
