"""Computes the variance as E[x^2] - E[x]^2: catastrophic cancellation for columns with
a large offset (and it can even turn negative)."""
import numpy as np


def broadcast_standardize(x, ddof=0, eps=1e-8):
    n = x.shape[0]
    if n - ddof <= 0:
        raise ValueError("too few rows for ddof")
    mean = x.mean(axis=0)
    var = ((x * x).mean(axis=0) - mean * mean) * n / (n - ddof)
    return (x - mean) / (np.sqrt(np.maximum(var, 0)) + eps)
