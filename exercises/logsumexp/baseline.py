"""Correct but naive: a Python loop over the slices, the stable formula on each one.

The reduced axis is moved to the end and every slice gets its own max, exp, sum and
log: half a dozen NumPy calls on 16 numbers each, so the time goes into interpreter
and dispatch overhead rather than arithmetic. The tests' arrays have a handful of
slices; the benchmark's 200 000 rows take about a second, dozens of times the
reference's time.
"""

import math

import numpy as np


def logsumexp(x: np.ndarray, axis: int = -1, keepdims: bool = False) -> np.ndarray:
    moved = np.moveaxis(x, axis, -1)
    kept_shape = moved.shape[:-1]
    rows = moved.reshape(math.prod(kept_shape), moved.shape[-1])
    out = np.empty(rows.shape[0], dtype=x.dtype)
    with np.errstate(divide="ignore"):
        for i in range(rows.shape[0]):
            row = rows[i]
            m = row.max() if row.size else -np.inf
            if not np.isfinite(m):
                m = 0.0  # all -inf (or empty): exp(row) is all zeros, log(0) = -inf
            out[i] = m + np.log(np.exp(row - m).sum())
    out = out.reshape(kept_shape)
    if keepdims:
        out = np.expand_dims(out, axis)
    return out
