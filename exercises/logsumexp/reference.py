import numpy as np


def logsumexp(x: np.ndarray, axis: int = -1, keepdims: bool = False) -> np.ndarray:
    """log(sum(exp(x))) along `axis`, without overflow.

    A slice that is entirely -inf (or empty) gives -inf.
    """
    # `initial` makes the maximum of an empty slice -inf instead of an error.
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    # An all -inf (or empty) slice has m = -inf, and x - m would be nan there.
    # Shifting such a slice by 0 instead leaves exp(-inf) = 0, and log(0) = -inf.
    m = np.where(np.isfinite(m), m, np.zeros_like(m))
    total = np.sum(np.exp(x - m), axis=axis, keepdims=True)
    with np.errstate(divide="ignore"):
        out = np.log(total) + m
    if not keepdims:
        out = np.squeeze(out, axis=axis)
    return out
