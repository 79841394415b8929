import numpy as np


def stable_softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Softmax of `x` along `axis`, safe for very large and very small logits.

    Returns an array with the shape and dtype of `x`; every slice along `axis`
    sums to 1.
    """
    # Shifting each slice by its own maximum leaves the softmax unchanged and
    # makes the largest exponent exp(0) = 1: nothing can overflow, and the sum
    # below is at least 1, so there is no 0/0 either.
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)
