"""Uses the distance instead of the squared distance (a Laplacian-style kernel)."""
import numpy as np


def rbf_kernel(x, y, gamma=None):
    if gamma is None:
        gamma = 1.0 / x.shape[1]
    xx = (x * x).sum(axis=1)[:, None]
    yy = (y * y).sum(axis=1)[None, :]
    d = np.sqrt(np.maximum(xx + yy - 2 * x @ y.T, 0))
    return np.exp(-gamma * d)
