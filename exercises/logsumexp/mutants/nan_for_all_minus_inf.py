"""Shifts by the maximum but does not handle slices that are all -inf: -inf - (-inf)
is nan, so such slices come out nan instead of -inf."""
import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    m = np.max(x, axis=axis, keepdims=True)
    out = m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))
    return out if keepdims else np.squeeze(out, axis=axis)
