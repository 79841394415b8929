import warnings

import numpy as np
from drill_checks import compare


@compare(rtol=1e-10, atol=1e-12)
def test_rows_on_very_different_scales(stable_softmax):
    # One maximum for the whole array would underflow the second row to 0/0.
    x = np.array([[1000.0, 999.0, 990.0], [-1000.0, -999.0, -1005.0], [0.0, 1.0, 2.0]])
    return stable_softmax(x)


@compare(rtol=1e-10, atol=1e-12)
def test_columns_with_axis_zero(stable_softmax):
    x = np.random.randn(5, 3) * 50.0
    return stable_softmax(x, axis=0)


@compare(rtol=1e-10, atol=1e-12)
def test_three_d_middle_axis(stable_softmax):
    x = np.random.randn(2, 4, 3) * 10.0
    return stable_softmax(x, axis=1), stable_softmax(x, axis=-2)


@compare(rtol=1e-10, atol=1e-12)
def test_square_input_last_axis(stable_softmax):
    # Square: a maximum without keepdims broadcasts along the wrong axis silently.
    x = np.array([[0.0, 1.0, 2.0], [10.0, 0.0, 0.0], [-3.0, -3.0, 5.0]])
    return stable_softmax(x, axis=-1), stable_softmax(x, axis=1)


@compare(rtol=1e-10, atol=1e-12)
def test_float64_extreme_magnitudes(stable_softmax):
    x = np.array([[1e30, 0.0, -1e30], [3e300, 3e300, 1e300]])
    return stable_softmax(x)


@compare(rtol=1e-5, atol=1e-7)
def test_float32_stays_float32_with_large_logits(stable_softmax):
    x = (np.random.randn(3, 5) * 30.0 + 500.0).astype(np.float32)
    out = stable_softmax(x)
    return out, stable_softmax(-x)


@compare(rtol=1e-10, atol=1e-12)
def test_minus_infinity_gets_zero(stable_softmax):
    x = np.array([[0.0, -np.inf, 0.0], [-np.inf, 5.0, -np.inf]])
    return stable_softmax(x)


@compare(rtol=1e-10, atol=1e-12)
def test_transposed_view(stable_softmax):
    base = np.random.randn(4, 6) * 20.0
    view = base.T
    return stable_softmax(view, axis=0), stable_softmax(view, axis=1)


@compare(rtol=1e-5, atol=1e-6)
def test_strided_float32_view(stable_softmax):
    base = (np.random.randn(3, 10) * 40.0).astype(np.float32)
    return stable_softmax(base[:, ::2])


@compare(rtol=1e-10, atol=1e-12)
def test_one_dimensional_vector(stable_softmax):
    return stable_softmax(np.array([2.0, -1.0, 0.5, 700.0]))


def test_single_element_is_one(stable_softmax):
    return stable_softmax(np.array([123.0])), stable_softmax(np.array([[-5.0]], dtype=np.float32))


def test_empty_batch(stable_softmax):
    return stable_softmax(np.zeros((0, 4))), stable_softmax(np.zeros((0, 3), dtype=np.float32))


def test_no_overflow_warning(stable_softmax):
    x = np.array([[800.0, -800.0, 0.0], [-800.0, -799.0, -801.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            stable_softmax(x)
        except RuntimeWarning as w:
            return f"warning: {w}"
    return "no warning"


@compare(rtol=1e-10, atol=1e-12)
def test_slices_sum_to_one(stable_softmax):
    x = np.random.randn(3, 4, 5) * 100.0
    return stable_softmax(x, axis=2).sum(axis=2), stable_softmax(x, axis=0).sum(axis=0)


def test_input_is_not_modified(stable_softmax):
    x = np.random.randn(3, 4)
    before = x.copy()
    stable_softmax(x)
    return bool(np.array_equal(x, before))
