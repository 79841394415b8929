"""Takes the maximum without keepdims and adds it back at the end: x - m broadcasts
along the wrong axis (wrong values for square inputs, a crash otherwise)."""
import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    m = np.max(x, axis=axis, initial=-np.inf)
    m = np.where(np.isfinite(m), m, 0.0).astype(x.dtype)
    with np.errstate(divide="ignore"):
        out = np.log(np.sum(np.exp(x - m), axis=axis)) + m
    return np.expand_dims(out, axis) if keepdims else out
