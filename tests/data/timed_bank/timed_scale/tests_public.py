import numpy as np


def test_small(scale):
    return scale(np.array([1.0, 2.0, 3.0]), 2.0)
