"""Keeps the squared norms of y as a column (M, 1): crashes when N != M and silently
adds ||y_i||^2 instead of ||y_j||^2 when N == M."""
import numpy as np


def rbf_kernel(x, y, gamma=None):
    if gamma is None:
        gamma = 1.0 / x.shape[1]
    xx = (x * x).sum(axis=1, keepdims=True)
    yy = (y * y).sum(axis=1, keepdims=True)
    return np.exp(-gamma * np.maximum(xx + yy - 2 * x @ y.T, 0))
