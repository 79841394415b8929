"""Guards the division so that empty bins get a mean of 0 instead of nan."""
import numpy as np


def bin_values(values, edges):
    edges = np.asarray(edges)
    if edges.size < 2 or np.any(np.diff(edges) <= 0):
        raise ValueError("bad edges")
    counts, _ = np.histogram(values, bins=edges)
    sums, _ = np.histogram(values, bins=edges, weights=values.astype(np.float64))
    means = np.divide(sums, counts, out=np.zeros(len(counts)), where=counts > 0)
    return counts.astype(np.int64), means
