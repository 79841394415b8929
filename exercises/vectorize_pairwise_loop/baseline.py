"""Correct but naive: one Python loop over the rows of x, vectorised over y and D inside.

This is the halfway point between the starter's double loop and a vectorised kernel:
only N Python iterations, so it passes the tests' time limit. But each iteration
builds an (M, D) difference array and reduces it elementwise, which moves N * M * D
values through memory instead of handing the work to one matrix product. At the
benchmark's 2048 x 1024 points in 512 dimensions that is over ten times the
reference's time, far past the bound.
"""

import numpy as np


def rbf_kernel(x: np.ndarray, y: np.ndarray, gamma: float | None = None) -> np.ndarray:
    n, d = x.shape
    if gamma is None:
        gamma = 1.0 / d
    out = np.empty((n, y.shape[0]), dtype=x.dtype)
    for i in range(n):
        diff = y - x[i]
        sq = np.einsum("ij,ij->i", diff, diff)
        out[i] = np.exp(-gamma * sq)
    return out
