import numpy as np


def rbf_kernel(x: np.ndarray, y: np.ndarray, gamma: float | None = None) -> np.ndarray:
    """Gaussian kernel matrix K[i, j] = exp(-gamma * ||x[i] - y[j]||^2).

    x is (N, D), y is (M, D); gamma defaults to 1 / D. Correct but slow: make it fast.
    """
    n, d = x.shape
    m = y.shape[0]
    if gamma is None:
        gamma = 1.0 / d
    out = np.empty((n, m), dtype=x.dtype)
    for i in range(n):
        for j in range(m):
            diff = x[i] - y[j]
            out[i, j] = np.exp(-gamma * np.dot(diff, diff))
    return out
