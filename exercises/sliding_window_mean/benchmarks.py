"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import numpy as np


def signal_1m_window_32(seed: int) -> tuple[np.ndarray, int]:
    # A noisy level around 1000: a running sum reaches 1e9, which float64 still
    # resolves to well below the tolerance of the output check.
    rng = np.random.default_rng(seed)
    x = 1000.0 + rng.standard_normal(1_000_000)
    return x, 32
