"""Clips the bin index into 0..k-1 instead of masking: values outside the edges are
counted in the first or last bin."""
import numpy as np


def bin_values(values, edges):
    edges = np.asarray(edges)
    if edges.size < 2 or np.any(np.diff(edges) <= 0):
        raise ValueError("bad edges")
    k = edges.size - 1
    idx = np.clip(np.digitize(values, edges) - 1, 0, k - 1)
    counts = np.bincount(idx, minlength=k)
    sums = np.bincount(idx, weights=values, minlength=k)
    with np.errstate(invalid="ignore"):
        return counts, sums / counts
