"""Correct but naive: a Python loop over the windows, one NumPy mean per window.

Each of the len(x) - window + 1 iterations slices x and calls .mean(), which costs a
few microseconds of interpreter and dispatch overhead whatever the window. The tests'
signals have at most 20 000 values, but the benchmark's million windows take seconds,
about a hundred times the reference's time.
"""

import numpy as np


def sliding_window_mean(x: np.ndarray, window: int) -> np.ndarray:
    n = x.shape[0]
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    if window > n:
        raise ValueError(f"window {window} is larger than the input length {n}")
    out = np.empty(n - window + 1, dtype=x.dtype)
    for i in range(n - window + 1):
        out[i] = x[i : i + window].mean(dtype=np.float64)
    return out
