import numpy as np
from drill_checks import compare


@compare(rtol=1e-10, atol=1e-12)
def test_square_input_is_standardised_by_column(broadcast_standardize):
    # Square: per-row statistics have the right shape but the wrong values.
    x = np.array([[1.0, 100.0, -3.0], [4.0, 50.0, 0.0], [9.0, 75.0, 3.0]])
    return broadcast_standardize(x)


@compare(rtol=1e-10, atol=1e-12)
def test_tall_random_float64_with_ddof(broadcast_standardize):
    x = np.random.randn(20, 4) * 3.0 - 1.0
    return broadcast_standardize(x, ddof=0), broadcast_standardize(x, ddof=1), \
        broadcast_standardize(x, ddof=2)


@compare(rtol=1e-10, atol=1e-12)
def test_wide_input(broadcast_standardize):
    x = np.random.randn(3, 7)
    return broadcast_standardize(x, ddof=1)


def test_constant_columns_become_zero(broadcast_standardize):
    x = np.array([[2.0, 7.0, 0.0], [2.0, 8.0, 0.0], [2.0, 9.0, 0.0]])
    out = broadcast_standardize(x)
    return out[:, 0], out[:, 2], bool(np.isfinite(out).all())


@compare(rtol=1e-5, atol=1e-5)
def test_constant_columns_float32(broadcast_standardize):
    x = np.array([[1.5, 3.0], [1.5, -3.0], [1.5, 0.0], [1.5, 6.0]], dtype=np.float32)
    return broadcast_standardize(x, ddof=1)


@compare(rtol=1e-10, atol=1e-12)
def test_custom_eps_is_added_to_std(broadcast_standardize):
    # eps this large makes "std + eps" and "sqrt(var + eps)" clearly different.
    x = np.array([[0.0, 1.0], [2.0, 5.0], [4.0, 9.0]])
    return broadcast_standardize(x, eps=0.5), broadcast_standardize(x, ddof=1, eps=1.0)


@compare(rtol=1e-10, atol=1e-12)
def test_tiny_spread_with_default_eps(broadcast_standardize):
    x = np.array([[1e-4, 0.0], [2e-4, 1.0], [3e-4, 2.0], [4e-4, 4.0]])
    return broadcast_standardize(x)


@compare(rtol=1e-5, atol=1e-5)  # summation order moves a 1e8 mean by ~1e-8 * 50
def test_large_offset_float64(broadcast_standardize):
    x = 1e8 + np.random.randn(50, 3)
    return broadcast_standardize(x, ddof=1)


def test_single_row_ddof_zero_gives_zeros(broadcast_standardize):
    return broadcast_standardize(np.array([[3.0, -1.0, 8.0]])), broadcast_standardize(
        np.array([[2.5]], dtype=np.float32)
    )


def test_no_columns(broadcast_standardize):
    return broadcast_standardize(np.zeros((4, 0))), broadcast_standardize(
        np.zeros((2, 0), dtype=np.float32), ddof=1
    )


@compare(match=r"(?i)ddof")
def test_no_rows_raises(broadcast_standardize):
    return broadcast_standardize(np.zeros((0, 3)))


@compare(match=r"(?i)ddof")
def test_ddof_equal_to_rows_raises(broadcast_standardize):
    return broadcast_standardize(np.random.randn(3, 2), ddof=3)


@compare(rtol=1e-10, atol=1e-12)
def test_transposed_view(broadcast_standardize):
    base = np.random.randn(4, 9) * np.arange(1, 5)[:, None]
    return broadcast_standardize(base.T, ddof=1)


@compare(rtol=1e-5, atol=1e-5)
def test_strided_float32_view(broadcast_standardize):
    base = (np.random.randn(10, 8) * 4.0 + 3.0).astype(np.float32)
    return broadcast_standardize(base[:, ::2])


def test_input_is_not_modified(broadcast_standardize):
    x = np.random.randn(5, 3)
    before = x.copy()
    broadcast_standardize(x, ddof=1)
    return bool(np.array_equal(x, before))


@compare(rtol=1e-10, atol=1e-12)
def test_columns_have_zero_mean_unit_std(broadcast_standardize):
    x = np.random.randn(30, 4) * np.array([0.5, 2.0, 10.0, 100.0]) + 7.0
    out = broadcast_standardize(x, ddof=1, eps=0.0)
    return out.mean(axis=0), out.std(axis=0, ddof=1)
