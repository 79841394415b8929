"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import numpy as np


def logits_200k_by_16(seed: int) -> tuple[np.ndarray]:
    # Many short rows, like the log-partition of a classifier's 16 logits per
    # example: each row gets its own offset in [-500, 500], so one maximum for the
    # whole array would underflow most rows.
    rng = np.random.default_rng(seed)
    rows, classes = 200_000, 16
    x = 30.0 * rng.standard_normal((rows, classes))
    x += rng.uniform(-500.0, 500.0, size=(rows, 1))
    x[rng.random((rows, classes)) < 0.1] = -np.inf  # masked entries
    x[rng.integers(0, rows, size=200)] = -np.inf  # a few fully masked rows
    return (x,)
