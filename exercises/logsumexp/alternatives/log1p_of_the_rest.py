"""Max shift, then log1p of the terms other than the maximum.

After shifting by the slice's maximum m, the maximum itself contributes exactly
exp(0) = 1, so log(sum) = log1p(sum of the other terms). Writing it that way keeps
full precision when the maximum dominates (log1p of a tiny number is accurate, log
of 1 + tiny is not). Empty and all -inf slices are handled with a ufunc `where=`
mask instead of an errstate block.
"""

import numpy as np


def logsumexp(x: np.ndarray, axis: int = -1, keepdims: bool = False) -> np.ndarray:
    x = np.moveaxis(x, axis, -1)  # a view: reduce along the last axis from here on
    if x.shape[-1] == 0:
        out = np.full((*x.shape[:-1], 1), -np.inf, dtype=x.dtype)
    else:
        top = np.argmax(x, axis=-1)[..., None]  # first position of each maximum
        m = np.take_along_axis(x, top, axis=-1)
        finite = np.isfinite(m)  # False only for all -inf slices (no +inf/nan inputs)
        shifted = np.subtract(x, m, where=finite, out=np.full_like(x, -np.inf))
        terms = np.exp(shifted)
        np.put_along_axis(terms, top, 0.0, axis=-1)  # drop the maximum's own exp(0) = 1
        rest = terms.sum(axis=-1, keepdims=True)
        out = np.add(np.log1p(rest), m, where=finite, out=np.full_like(m, -np.inf))
    out = np.moveaxis(out, -1, axis)
    return out if keepdims else np.squeeze(out, axis=axis)
