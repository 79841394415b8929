"""The expansion trick with the product and the sum fused into one torch.addmm call.

addmm(input, a, b, beta=1, alpha=-2) computes input - 2 * (a @ b) in a single BLAS
call, starting from the broadcast sum of the squared norms, instead of building the
product and the sum as separate (N, M) tensors.
"""

import torch


def pairwise_distances(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    squared_norms = (x * x).sum(dim=1, keepdim=True) + (y * y).sum(dim=1).unsqueeze(0)
    squared = torch.addmm(squared_norms, x, y.T, beta=1.0, alpha=-2.0)
    return squared.clamp_(min=0.0).sqrt_()
