"""Shifts every slice by the maximum of the whole array: slices far below it underflow
to log(0) = -inf."""
import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    m = np.max(x) if x.size else 0.0
    if not np.isfinite(m):
        m = 0.0
    with np.errstate(divide="ignore"):
        return np.log(np.sum(np.exp(x - m), axis=axis, keepdims=keepdims)) + m
