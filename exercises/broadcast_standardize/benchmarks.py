"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import numpy as np


def wide_64_by_100000(seed: int) -> tuple[np.ndarray, int]:
    """64 samples of 100,000 float64 features, standardised with ddof=1. Every column has
    its own offset (up to +-100) and spread (0.1 to 10)."""
    rng = np.random.default_rng(seed)
    offsets = rng.uniform(-100.0, 100.0, size=100_000)
    scales = rng.uniform(0.1, 10.0, size=100_000)
    x = rng.random((64, 100_000))
    x *= scales
    x += offsets
    return x, 1
