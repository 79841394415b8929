import numpy as np


def test_negative_factor(scale):
    return scale(np.arange(5.0), -0.5)
