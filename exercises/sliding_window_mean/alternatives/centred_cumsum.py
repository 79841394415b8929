"""Window sums as differences of one cumulative sum, in O(n) instead of O(n * window).

sum(x[i:i + w]) = c[i + w] - c[i] with c the cumulative sum and c[0] = 0. A plain
cumulative sum loses digits for long signals with a large offset, so the values are
first centred on their mean and accumulated in float64; the mean is added back at
the end and the result cast to x's dtype.
"""

import numpy as np


def sliding_window_mean(x: np.ndarray, window: int) -> np.ndarray:
    n = len(x)
    if not 1 <= window <= n:
        raise ValueError(f"window must be between 1 and len(x) = {n}, got window={window}")
    values = np.asarray(x, dtype=np.float64)
    centre = values.mean()
    sums = np.concatenate(([0.0], np.cumsum(values - centre)))
    means = (sums[window:] - sums[:-window]) / window + centre
    return means.astype(x.dtype, copy=False)
