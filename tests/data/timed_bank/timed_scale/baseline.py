"""Correct, one element at a time: far beyond the bound at two million elements."""

import numpy as np


def scale(x, k):
    out = np.empty_like(x)
    for i in range(x.shape[0]):
        out[i] = x[i] * k
    return out
