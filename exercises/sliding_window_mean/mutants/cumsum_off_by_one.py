"""Cumulative-sum trick without the leading 0: c[w:] - c[:-w] has only n - w entries,
so the first window is lost (and window == len gives an empty array)."""
import numpy as np


def sliding_window_mean(x, window):
    if window < 1 or window > len(x):
        raise ValueError("bad window")
    c = np.cumsum(x, dtype=np.float64)
    return ((c[window:] - c[:-window]) / window).astype(x.dtype)
