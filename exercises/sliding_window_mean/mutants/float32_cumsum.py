"""Correct cumulative-sum trick but accumulated in the input dtype: for long float32
signals with an offset the running sum loses the digits the differences need."""
import numpy as np


def sliding_window_mean(x, window):
    if window < 1 or window > len(x):
        raise ValueError("bad window")
    c = np.concatenate((np.zeros(1, dtype=x.dtype), np.cumsum(x)))
    return (c[window:] - c[:-window]) / x.dtype.type(window)
