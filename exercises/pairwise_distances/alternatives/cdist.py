"""torch.cdist instead of the hand-written expansion.

Below 25 points per side cdist subtracts coordinates directly (exact zeros for
duplicates); above that it uses the same matrix-product formulation as the reference
and clamps before the square root itself, so it is just as fast and never NaN.
"""

import torch


def pairwise_distances(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return torch.cdist(x, y, p=2.0)
