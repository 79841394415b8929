"""Expansion trick without clamping: rounding leaves tiny negative squared distances for
identical points, so some kernel values come out slightly above 1."""
import numpy as np


def rbf_kernel(x, y, gamma=None):
    if gamma is None:
        gamma = 1.0 / x.shape[1]
    xx = (x * x).sum(axis=1)[:, None]
    yy = (y * y).sum(axis=1)[None, :]
    return np.exp(-gamma * (xx + yy - 2 * x @ y.T))
