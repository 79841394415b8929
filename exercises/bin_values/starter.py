import numpy as np


def bin_values(values: np.ndarray, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-bin counts (int64) and means (float64, nan for empty bins).

    Bin i is [edges[i], edges[i+1]); the last bin also includes edges[-1].
    Values outside [edges[0], edges[-1]] are ignored.
    """
    k = len(edges) - 1
    counts = np.zeros(k, dtype=np.int64)
    means = np.full(k, np.nan)
    return counts, means  # placeholder: fill in the real counts and means
