import numpy as np
from drill_checks import compare


@compare(rtol=1e-9, atol=1e-12)
def test_float64_n_differs_from_m(rbf_kernel):
    x = np.random.randn(9, 3)
    y = np.random.randn(4, 3)
    return rbf_kernel(x, y, gamma=0.3)


@compare(rtol=1e-9, atol=1e-12)
def test_square_sets_that_differ(rbf_kernel):
    # N == M: norms broadcast along the wrong axis give the right shape, wrong values.
    x = np.random.randn(6, 3)
    y = np.random.randn(6, 3) + 0.5
    return rbf_kernel(x, y, gamma=0.7)


@compare(rtol=1e-9, atol=1e-12)
def test_as_many_points_in_y_as_dimensions(rbf_kernel):
    x = np.random.randn(5, 4)
    y = np.random.randn(4, 4)
    return rbf_kernel(x, y, gamma=0.25)


@compare(exact=True)
def test_identical_points_give_exactly_one(rbf_kernel):
    x = np.array([[0.5, -1.0, 2.0], [3.0, 0.0, 1.5]], dtype=np.float32)
    y = np.array([[3.0, 0.0, 1.5], [0.5, -1.0, 2.0]], dtype=np.float32)
    k = rbf_kernel(x, y, gamma=0.1)
    return k[0, 1], k[1, 0]


def test_values_never_exceed_one(rbf_kernel):
    x = np.random.randn(120, 10).astype(np.float32) * 3.0
    k = rbf_kernel(x, x.copy(), gamma=1.0)
    return bool((k <= 1.0).all()), bool((k >= 0.0).all())


@compare(rtol=1e-9, atol=1e-12)
def test_default_gamma_is_one_over_d(rbf_kernel):
    x = np.random.randn(4, 8)
    y = np.random.randn(3, 8)
    return rbf_kernel(x, y), rbf_kernel(x, y, gamma=None)


@compare(rtol=1e-9, atol=1e-12)
def test_one_dimensional_points(rbf_kernel):
    x = np.array([[0.0], [1.0], [-2.0]])
    y = np.array([[0.5], [3.0]])
    return rbf_kernel(x, y, gamma=2.0)


def test_empty_sets(rbf_kernel):
    no_x = rbf_kernel(np.zeros((0, 3)), np.ones((4, 3)), gamma=1.0)
    no_y = rbf_kernel(np.ones((2, 3), dtype=np.float32), np.zeros((0, 3), dtype=np.float32))
    return no_x, no_y


@compare(rtol=1e-9, atol=1e-12)
def test_single_point_each(rbf_kernel):
    return rbf_kernel(np.array([[1.0, 2.0]]), np.array([[2.0, 0.0]]), gamma=0.5)


@compare(rtol=1e-9, atol=1e-12)
def test_transposed_and_strided_views(rbf_kernel):
    base_x = np.random.randn(3, 6)  # x = base_x.T is (6, 3), not contiguous
    base_y = np.random.randn(5, 6)  # y = base_y[:, ::2] is (5, 3), strided
    return rbf_kernel(base_x.T, base_y[:, ::2], gamma=0.4)


@compare(rtol=1e-4, atol=1e-6)
def test_float32_stays_float32(rbf_kernel):
    x = np.random.randn(6, 5).astype(np.float32)
    y = np.random.randn(8, 5).astype(np.float32)
    return rbf_kernel(x, y, gamma=0.2)


@compare(rtol=1e-9, atol=1e-300)
def test_far_apart_points_underflow_to_tiny_values(rbf_kernel):
    x = np.array([[0.0, 0.0], [10.0, 0.0]])
    y = np.array([[0.0, 5.0], [30.0, 0.0]])
    return rbf_kernel(x, y, gamma=1.0)


@compare(rtol=1e-3, atol=1e-5)
def test_large_float64_run(rbf_kernel):
    x = np.random.randn(1500, 16)
    y = np.random.randn(1000, 16)
    k = rbf_kernel(x, y, gamma=0.1)
    return k.shape, k.sum(axis=1), k[::53, ::61]


def test_inputs_are_not_modified(rbf_kernel):
    x = np.random.randn(4, 3)
    y = np.random.randn(5, 3)
    x0, y0 = x.copy(), y.copy()
    rbf_kernel(x, y, gamma=0.5)
    return bool(np.array_equal(x, x0)), bool(np.array_equal(y, y0))
