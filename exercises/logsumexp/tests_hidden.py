import numpy as np
from drill_checks import compare


@compare(rtol=1e-12, atol=1e-12)
def test_rows_on_very_different_scales(logsumexp):
    # A single maximum for the whole array would underflow the lower rows.
    x = np.array([[1000.0, 990.0], [-1000.0, -1000.0], [0.0, 0.0]])
    return logsumexp(x)


@compare(rtol=1e-12, atol=1e-12)
def test_all_minus_infinity_slice_is_minus_infinity(logsumexp):
    x = np.array([[-np.inf, -np.inf, -np.inf], [1.0, -np.inf, 2.0], [-np.inf, 3.0, -np.inf]])
    return logsumexp(x), logsumexp(x, axis=0)


@compare(rtol=1e-5, atol=1e-5)
def test_all_minus_infinity_float32(logsumexp):
    x = np.array([[-np.inf, -np.inf], [0.0, 0.0]], dtype=np.float32)
    return np.asarray(logsumexp(x, keepdims=True))


@compare(rtol=1e-12, atol=1e-12)
def test_keepdims_shapes_three_d(logsumexp):
    x = np.random.randn(2, 3, 4) * 30.0
    return (
        logsumexp(x, axis=1),
        logsumexp(x, axis=1, keepdims=True),
        logsumexp(x, axis=-3, keepdims=True),
        logsumexp(x, axis=0),
    )


@compare(rtol=1e-12, atol=1e-12)
def test_square_input_both_axes(logsumexp):
    x = np.array([[0.0, 10.0, -3.0], [700.0, 1.0, 2.0], [-1.0, -1.0, -800.0]])
    return logsumexp(x, axis=0), logsumexp(x, axis=1), logsumexp(x, axis=-1, keepdims=True)


@compare(rtol=1e-12, atol=1e-12)
def test_one_dimensional_gives_zero_d(logsumexp):
    out = np.asarray(logsumexp(np.array([1.0, 2.0, 3.0, 750.0])))
    kept = logsumexp(np.array([-2.0, -2.0]), keepdims=True)
    return out, kept


def test_single_element_returns_itself(logsumexp):
    return (
        np.asarray(logsumexp(np.array([123.25]))),
        logsumexp(np.array([[-7.5]], dtype=np.float32), axis=0),
    )


def test_empty_reduced_axis_is_minus_infinity(logsumexp):
    return (
        logsumexp(np.zeros((3, 0))),
        logsumexp(np.zeros((0, 2), dtype=np.float32), axis=0, keepdims=True),
    )


def test_empty_other_axis(logsumexp):
    return logsumexp(np.zeros((0, 4))), logsumexp(np.zeros((0, 4)), keepdims=True)


@compare(rtol=1e-12, atol=1e-12)
def test_float64_huge_values(logsumexp):
    x = np.array([[1e300, 1e300], [-1e300, 0.0], [5e307, -5e307]])
    return logsumexp(x)


@compare(rtol=1e-5, atol=1e-4)
def test_float32_beyond_exp_range(logsumexp):
    # exp overflows float32 above about 88.7 and underflows below about -103.
    x = np.array([[100.0, 99.0, 98.0], [-150.0, -151.0, -149.0]], dtype=np.float32)
    return logsumexp(x, axis=1)


@compare(rtol=1e-12, atol=1e-12)
def test_transposed_view(logsumexp):
    base = np.random.randn(5, 3) * 100.0
    return logsumexp(base.T), logsumexp(base.T, axis=0)


@compare(rtol=1e-5, atol=1e-5)
def test_strided_float32_view(logsumexp):
    base = (np.random.randn(4, 9) * 50.0).astype(np.float32)
    return logsumexp(base[:, ::2], axis=-1)


def test_input_is_not_modified(logsumexp):
    x = np.array([[1.0, -np.inf], [500.0, 499.0]])
    before = x.copy()
    logsumexp(x)
    return bool(np.array_equal(x, before))
