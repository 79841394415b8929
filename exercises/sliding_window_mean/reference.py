import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def sliding_window_mean(x: np.ndarray, window: int) -> np.ndarray:
    """Mean of every full window of `window` consecutive values of the 1-D array `x`.

    Returns len(x) - window + 1 values with the dtype of `x`; raises ValueError for
    a window smaller than 1 or longer than `x`.
    """
    n = x.shape[0]
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    if window > n:
        raise ValueError(f"window {window} is larger than the input length {n}")
    # A (n - window + 1, window) view on the same memory, strides taken from x,
    # so non-contiguous inputs work too. Average in float64, return x's dtype.
    windows = sliding_window_view(x, window)
    return windows.mean(axis=-1, dtype=np.float64).astype(x.dtype, copy=False)
