import numpy as np


def stable_softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Softmax of `x` along `axis`, safe for very large and very small logits.

    Returns an array with the shape and dtype of `x`; every slice along `axis`
    sums to 1.
    """
    raise NotImplementedError("shift the logits, exponentiate, normalise")
