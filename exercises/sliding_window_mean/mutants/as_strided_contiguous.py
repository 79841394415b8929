"""Builds the windows with as_strided using x.itemsize as the step: correct for
contiguous arrays, wrong memory for views such as a[::3] or a column of a matrix."""
import numpy as np
from numpy.lib.stride_tricks import as_strided


def sliding_window_mean(x, window):
    n = len(x)
    if window < 1 or window > n:
        raise ValueError("window out of range")
    step = x.itemsize
    windows = as_strided(x, shape=(n - window + 1, window), strides=(step, step))
    return windows.mean(axis=-1, dtype=np.float64).astype(x.dtype)
