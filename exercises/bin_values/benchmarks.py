"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import numpy as np


def values_500k_bins_1000(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    k = 1000
    # Uneven but strictly increasing edges from -3 to 3: cumulative positive gaps.
    gaps = rng.uniform(0.5, 1.5, size=k)
    edges = -3.0 + 6.0 * np.concatenate(([0.0], np.cumsum(gaps))) / gaps.sum()
    edges[-1] = 3.0
    # About 1.2% of the values fall outside [-3, 3] and must be ignored.
    values = rng.normal(0.0, 1.2, size=500_000)
    # Some values sit exactly on an edge, the last one included, so that the
    # boundary conventions show in the sampled output.
    on_edge = rng.choice(values.size, size=2000, replace=False)
    values[on_edge[:1000]] = edges[rng.integers(0, k + 1, size=1000)]
    values[on_edge[1000:]] = edges[-1]
    return values, edges
