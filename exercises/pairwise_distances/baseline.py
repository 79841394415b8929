"""Correct but naive: a Python double loop over every pair of points.

Fine for the tests' handful of points; at 4096 x 4096 it makes 16.7 million small
tensor operations and must miss the benchmark's bound by orders of magnitude.
"""

import torch


def pairwise_distances(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    out = torch.empty(x.shape[0], y.shape[0], dtype=x.dtype)
    for i in range(x.shape[0]):
        for j in range(y.shape[0]):
            out[i, j] = (x[i] - y[j]).pow(2).sum().sqrt()
    return out
