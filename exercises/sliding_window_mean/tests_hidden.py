import numpy as np
from drill_checks import compare


@compare(rtol=1e-10, atol=1e-10)
def test_random_float64_several_windows(sliding_window_mean):
    x = np.random.randn(60)
    return sliding_window_mean(x, 1), sliding_window_mean(x, 3), sliding_window_mean(x, 59)


@compare(rtol=1e-10, atol=1e-10)
def test_window_equals_length(sliding_window_mean):
    x = np.random.randn(13)
    return sliding_window_mean(x, 13)


def test_single_element(sliding_window_mean):
    return sliding_window_mean(np.array([2.5]), 1), sliding_window_mean(
        np.array([-4.0], dtype=np.float32), 1
    )


def test_window_one_returns_the_values(sliding_window_mean):
    x = np.array([3.0, -1.5, 0.25, 8.0], dtype=np.float32)
    return sliding_window_mean(x, 1)


@compare(rtol=1e-5, atol=1e-5)
def test_float32_long_signal_with_offset(sliding_window_mean):
    # A float32 running sum reaches 2e7 here, where float32 steps are 2.0 apart.
    x = (1000.0 + np.random.randn(20000)).astype(np.float32)
    return sliding_window_mean(x, 4)


@compare(rtol=1e-10, atol=1e-10)
def test_float64_large_offset(sliding_window_mean):
    x = 1e6 + np.random.randn(2000)
    return sliding_window_mean(x, 10)


@compare(rtol=1e-10, atol=1e-10)
def test_strided_view(sliding_window_mean):
    base = np.arange(40, dtype=np.float64) ** 2 / 7.0
    return sliding_window_mean(base[::3], 4), sliding_window_mean(base[::-2], 3)


@compare(rtol=1e-5, atol=1e-5)
def test_column_of_matrix_float32(sliding_window_mean):
    m = np.random.randn(30, 5).astype(np.float32)
    return sliding_window_mean(m[:, 2], 6)


@compare(match=r"(?i)window")
def test_empty_input_raises(sliding_window_mean):
    return sliding_window_mean(np.array([]), 1)


@compare(match=r"(?i)window")
def test_window_zero_raises(sliding_window_mean):
    return sliding_window_mean(np.array([1.0, 2.0, 3.0]), 0)


@compare(match=r"(?i)window")
def test_window_one_past_length_raises(sliding_window_mean):
    return sliding_window_mean(np.array([1.0, 2.0, 3.0], dtype=np.float32), 4)


@compare(match=r"(?i)window")
def test_much_longer_window_raises(sliding_window_mean):
    return sliding_window_mean(np.array([1.0, 2.0]), 5)


def test_input_is_not_modified(sliding_window_mean):
    x = np.array([5.0, 1.0, 2.0, 9.0, 4.0])
    before = x.copy()
    sliding_window_mean(x, 3)
    return bool(np.array_equal(x, before))
