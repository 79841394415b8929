import numpy as np


def two_million(seed: int) -> tuple[np.ndarray, float]:
    # Cheap to build, different for every seed: generation is not timed but takes wall time.
    return np.arange(2_000_000, dtype=np.float64) * (1.0 + seed % 7), 3.0
