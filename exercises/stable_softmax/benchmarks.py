"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import numpy as np


def logits_131072_by_64(seed: int) -> tuple[np.ndarray, int]:
    """A batch of 131,072 rows of float32 logits over 64 classes, normalised along the last
    axis. The logits are spread uniformly over [-10, 10): cheap to draw, and wide enough
    that the shift by the row maximum matters."""
    x = np.random.default_rng(seed).random((131_072, 64), dtype=np.float32)
    x *= 20.0
    x -= 10.0
    return x, -1
