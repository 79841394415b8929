"""The textbook formula log(sum(exp(x))): overflows to inf for large logits and gives
-inf for very negative ones."""
import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    return np.log(np.sum(np.exp(x), axis=axis, keepdims=keepdims))
