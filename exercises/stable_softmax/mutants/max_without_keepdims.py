"""Takes the maximum without keepdims: the (n,) vector of maxima broadcasts along the
last axis, so square inputs are shifted by the wrong slices' maxima (and others crash)."""
import numpy as np


def stable_softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis))
    return e / np.sum(e, axis=axis, keepdims=True)
