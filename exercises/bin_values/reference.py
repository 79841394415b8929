import numpy as np


def bin_values(values: np.ndarray, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-bin counts (int64) and means (float64, nan for empty bins).

    Bin i is [edges[i], edges[i+1]); the last bin also includes edges[-1].
    Values outside [edges[0], edges[-1]] are ignored.
    """
    edges = np.asarray(edges)
    if edges.ndim != 1 or edges.size < 2:
        raise ValueError("edges must be a 1-D array with at least 2 entries")
    if not np.all(np.diff(edges) > 0):
        raise ValueError("edges must be strictly increasing")
    k = edges.size - 1
    values = np.asarray(values)

    # Number of edges <= v, minus one: -1 left of the range, k at or right of the end.
    idx = np.digitize(values, edges) - 1
    idx[values == edges[-1]] = k - 1  # the final right edge is inclusive
    inside = (idx >= 0) & (idx < k)
    idx = idx[inside]

    counts = np.bincount(idx, minlength=k).astype(np.int64)
    sums = np.bincount(idx, weights=values[inside].astype(np.float64), minlength=k)
    with np.errstate(invalid="ignore"):
        means = sums / counts  # 0 / 0 = nan for empty bins
    return counts, means
