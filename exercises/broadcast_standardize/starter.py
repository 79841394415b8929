import numpy as np


def broadcast_standardize(x: np.ndarray, ddof: int = 0, eps: float = 1e-8) -> np.ndarray:
    """Z-score each column of the 2-D array `x`: (x - mean) / (std + eps).

    std uses `ddof` delta degrees of freedom; raises ValueError if n - ddof <= 0.
    """
    raise NotImplementedError("subtract the column means, divide by the column stds")
