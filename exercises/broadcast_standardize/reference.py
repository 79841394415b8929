import numpy as np


def broadcast_standardize(x: np.ndarray, ddof: int = 0, eps: float = 1e-8) -> np.ndarray:
    """Z-score each column of the 2-D array `x`: (x - mean) / (std + eps).

    std uses `ddof` delta degrees of freedom; raises ValueError if n - ddof <= 0.
    """
    n = x.shape[0]
    if n - ddof <= 0:
        raise ValueError(f"need more than ddof={ddof} rows to estimate a spread, got {n}")
    mean = x.mean(axis=0, keepdims=True)  # (1, m): broadcasts over the rows
    centred = x - mean  # a new array; x is left alone
    std = np.sqrt((centred * centred).sum(axis=0, keepdims=True) / (n - ddof))
    return centred / (std + eps)
