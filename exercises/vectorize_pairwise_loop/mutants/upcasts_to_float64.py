"""Converts the inputs to float64 "for accuracy" and returns float64 for float32 input."""
import numpy as np


def rbf_kernel(x, y, gamma=None):
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if gamma is None:
        gamma = 1.0 / x.shape[1]
    xx = (x * x).sum(axis=1)[:, None]
    yy = (y * y).sum(axis=1)[None, :]
    return np.exp(-gamma * np.maximum(xx + yy - 2 * x @ y.T, 0))
