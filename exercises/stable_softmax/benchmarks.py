"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import numpy as np


def _logits(seed: int, shape: tuple[int, ...]) -> np.ndarray:
    """float32 logits spread uniformly over [-10, 10): cheap to draw, wide enough to matter."""
    x = np.random.default_rng(seed).random(shape, dtype=np.float32)
    x *= 20.0
    x -= 10.0
    return x


def logits_131072_by_64(seed: int) -> tuple[np.ndarray, int]:
    """A batch of 131,072 rows of logits over 64 classes, normalised along the last axis."""
    return _logits(seed, (131_072, 64)), -1


def segmentation_32x21x128x128(seed: int) -> tuple[np.ndarray, int]:
    """Per-pixel logits of 32 images, 21 classes, 128 x 128 pixels, normalised over axis 1."""
    return _logits(seed, (32, 21, 128, 128)), 1
