import numpy as np


def rbf_kernel(x: np.ndarray, y: np.ndarray, gamma: float | None = None) -> np.ndarray:
    """Gaussian kernel matrix K[i, j] = exp(-gamma * ||x[i] - y[j]||^2).

    x is (N, D), y is (M, D); gamma defaults to 1 / D. One matrix product does the
    N * M * D work; the only (N, M) temporaries are the squared distances.
    """
    if gamma is None:
        gamma = 1.0 / x.shape[1]
    x_sq = np.einsum("ij,ij->i", x, x)[:, None]  # (N, 1)
    y_sq = np.einsum("ij,ij->i", y, y)[None, :]  # (1, M)
    sq = x_sq + y_sq - 2.0 * (x @ y.T)
    np.maximum(sq, 0.0, out=sq)  # rounding can leave tiny negatives; exp would exceed 1
    sq *= -gamma
    return np.exp(sq, out=sq)
