"""Correct but naive: a Python loop over the columns, standardising one at a time.

Each column gets its own mean, deviations and standard deviation, exactly as specified,
so every test passes. On the benchmark's wide matrix (tens of thousands of columns of a
few dozen values each) the per-column NumPy calls cost far more than their arithmetic,
and the column slices are strided through memory, so it must miss the bound by a wide
margin.
"""

import numpy as np


def broadcast_standardize(x: np.ndarray, ddof: int = 0, eps: float = 1e-8) -> np.ndarray:
    n, m = x.shape
    if n - ddof <= 0:
        raise ValueError(f"need more than ddof={ddof} rows to estimate a spread, got {n}")
    out = np.empty_like(x)
    for j in range(m):
        column = x[:, j]
        centred = column - column.mean()
        std = np.sqrt((centred * centred).sum() / (n - ddof))
        out[:, j] = centred / (std + eps)
    return out
