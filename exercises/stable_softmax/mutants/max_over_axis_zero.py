"""Takes the maximum over axis 0 whatever `axis` is: a row-wise softmax is shifted by
column maxima, so rows far below another row's values underflow to 0/0."""
import numpy as np


def stable_softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=0, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
