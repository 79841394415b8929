"""Uses np.digitize(..., right=True): bins become (a, b], so values on inner edges land
one bin too low and a value equal to edges[0] is dropped."""
import numpy as np


def bin_values(values, edges):
    edges = np.asarray(edges)
    if edges.size < 2 or np.any(np.diff(edges) <= 0):
        raise ValueError("bad edges")
    k = edges.size - 1
    idx = np.digitize(values, edges, right=True) - 1
    keep = (idx >= 0) & (idx < k)
    counts = np.bincount(idx[keep], minlength=k)
    sums = np.bincount(idx[keep], weights=values[keep], minlength=k)
    with np.errstate(invalid="ignore"):
        return counts, sums / counts
