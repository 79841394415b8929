"""Keeps the double loop over pairs and only vectorises the D-dimensional part: still
millions of Python iterations, far over the time limit for the large case."""
import numpy as np


def rbf_kernel(x, y, gamma=None):
    n, d = x.shape
    if gamma is None:
        gamma = 1.0 / d
    out = np.empty((n, y.shape[0]), dtype=x.dtype)
    for i in range(n):
        for j in range(y.shape[0]):
            out[i, j] = np.exp(-gamma * np.sum((x[i] - y[j]) ** 2))
    return out
