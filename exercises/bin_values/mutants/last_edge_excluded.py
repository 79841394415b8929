"""Uses np.digitize without special-casing the last edge: a value equal to edges[-1]
is treated as out of range instead of falling in the last bin."""
import numpy as np


def bin_values(values, edges):
    edges = np.asarray(edges)
    if edges.size < 2 or np.any(np.diff(edges) <= 0):
        raise ValueError("bad edges")
    k = edges.size - 1
    idx = np.digitize(values, edges) - 1
    keep = (idx >= 0) & (idx < k)
    counts = np.bincount(idx[keep], minlength=k)
    sums = np.bincount(idx[keep], weights=values[keep], minlength=k)
    with np.errstate(invalid="ignore"):
        return counts, sums / counts
