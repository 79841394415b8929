"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import numpy as np


def _features(seed: int, n: int, m: int) -> np.ndarray:
    """An (n, m) float64 matrix whose columns have their own offsets (up to +-100) and
    spreads (0.1 to 10)."""
    rng = np.random.default_rng(seed)
    offsets = rng.uniform(-100.0, 100.0, size=m)
    scales = rng.uniform(0.1, 10.0, size=m)
    x = rng.random((n, m))
    x *= scales
    x += offsets
    return x


def wide_128_by_50000(seed: int) -> tuple[np.ndarray, int]:
    """128 samples of 50,000 features, standardised with ddof=1."""
    return _features(seed, 128, 50_000), 1


def tall_200000_by_16(seed: int) -> tuple[np.ndarray, int]:
    """200,000 samples of 16 features, standardised with ddof=1."""
    return _features(seed, 200_000, 16), 1
