import numpy as np
from drill_checks import compare


def test_prompt_example(sliding_window_mean):
    x = np.array([1.0, 2.0, 6.0, 3.0, 8.0])
    return sliding_window_mean(x, 2), sliding_window_mean(x, 5)


@compare(rtol=1e-5, atol=1e-5)
def test_random_float32(sliding_window_mean):
    x = np.random.randn(40).astype(np.float32)
    return sliding_window_mean(x, 7)


@compare(match=r"(?i)window")
def test_window_longer_than_input_raises(sliding_window_mean):
    return sliding_window_mean(np.array([1.0, 2.0, 3.0, 4.0, 5.0]), 6)
