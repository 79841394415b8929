import numpy as np


def scale(x: np.ndarray, k: float) -> np.ndarray:
    raise NotImplementedError
