import torch
from drill_checks import compare


@compare(exact=True)
def test_duplicates_across_sets_are_exactly_zero_float32(pairwise_distances):
    # Dyadic coordinates: every intermediate value is exact, so 0 must be exactly 0.
    x = torch.tensor([[0.5, -1.25, 2.0], [3.0, 0.0, 1.0], [0.5, -1.25, 2.0], [-4.0, 8.0, 0.25]])
    y = torch.tensor([[3.0, 0.0, 1.0], [0.5, -1.25, 2.0], [-4.0, 8.0, 0.25]])
    d = pairwise_distances(x, y)
    return torch.stack([d[0, 1], d[1, 0], d[2, 1], d[3, 2]])


@compare(exact=True)
def test_duplicates_across_sets_are_exactly_zero_float64(pairwise_distances):
    x = torch.tensor([[2.0, -3.0, 7.0, 0.75], [1.0, 1.0, 1.0, 1.0]], dtype=torch.float64)
    y = torch.tensor([[1.0, 1.0, 1.0, 1.0], [2.0, -3.0, 7.0, 0.75]], dtype=torch.float64)
    d = pairwise_distances(x, y)
    return torch.stack([d[0, 1], d[1, 0]])


@compare(atol=1e-2, rtol=1e-4)
def test_duplicated_random_points_give_no_nan(pairwise_distances):
    # With this many random float32 points, ||a||^2 + ||a||^2 - 2 a.a rounds to a
    # small negative number for some of them; sqrt must never see it.
    x = torch.randn(96, 12)
    d = pairwise_distances(x, x.clone())
    # The whole matrix first: a NaN anywhere is then reported by position.
    return d, bool((d >= 0).all())


@compare(atol=1e-2, rtol=1e-4)
def test_nearly_identical_points_give_no_nan(pairwise_distances):
    x = torch.randn(80, 10)
    y = x + 1e-4 * torch.randn(80, 10)
    d = pairwise_distances(x, y)
    return d, bool((d >= 0).all())


@compare(rtol=1e-6, atol=1e-6)
def test_float64_n_differs_from_m(pairwise_distances):
    x = torch.randn(6, 4, dtype=torch.float64)
    y = torch.randn(9, 4, dtype=torch.float64)
    return pairwise_distances(x, y)


@compare(rtol=1e-4, atol=1e-4)
def test_square_case_with_different_sets(pairwise_distances):
    # N == M but x != y: broadcasting mistakes that only line up when N == M show here.
    x = torch.randn(6, 3)
    y = torch.randn(6, 3) + 1.0
    return pairwise_distances(x, y)


@compare(rtol=1e-4, atol=1e-4)
def test_as_many_points_in_y_as_dimensions(pairwise_distances):
    # y is (3, 3): a product x @ y (no transpose) has the right shape but wrong values.
    x = torch.randn(5, 3)
    y = torch.randn(3, 3)
    return pairwise_distances(x, y)


def test_one_dimensional_points(pairwise_distances):
    x = torch.tensor([[0.0], [2.5], [-1.0]])
    y = torch.tensor([[1.0], [4.0]])
    return pairwise_distances(x, y)


@compare(rtol=1e-4, atol=1e-4)
def test_single_point_against_many(pairwise_distances):
    x = torch.randn(1, 5)
    y = torch.randn(8, 5)
    return pairwise_distances(x, y), pairwise_distances(y, x)


@compare(rtol=1e-6)
def test_large_magnitude_coordinates_float64(pairwise_distances):
    x = 1e6 * torch.randn(5, 3, dtype=torch.float64)
    y = 1e6 * torch.randn(4, 3, dtype=torch.float64)
    return pairwise_distances(x, y)


@compare(rtol=1e-3)
def test_large_magnitude_coordinates_float32(pairwise_distances):
    x = 1e3 * torch.randn(6, 4)
    y = 1e3 * torch.randn(5, 4)
    return pairwise_distances(x, y)


def test_empty_point_sets(pairwise_distances):
    no_x = pairwise_distances(torch.zeros(0, 3), torch.ones(4, 3))
    no_y = pairwise_distances(torch.ones(2, 3), torch.zeros(0, 3))
    return no_x, no_y


def test_pythagorean_distances_in_float64(pairwise_distances):
    x = torch.tensor([[0.0, 0.0, 0.0], [1.0, 2.0, 2.0]], dtype=torch.float64)
    y = torch.tensor([[2.0, 3.0, 6.0], [1.0, 2.0, 2.0], [0.0, 0.0, 0.0]], dtype=torch.float64)
    return pairwise_distances(x, y)


def test_inputs_are_not_modified(pairwise_distances):
    x = torch.randn(4, 3)
    y = torch.randn(5, 3)
    x_before, y_before = x.clone(), y.clone()
    pairwise_distances(x, y)
    return torch.equal(x, x_before), torch.equal(y, y_before)


@compare(rtol=1e-6, atol=1e-6)
def test_float64_stays_float64(pairwise_distances):
    x = torch.randn(4, 6, dtype=torch.float64)
    y = torch.randn(3, 6, dtype=torch.float64)
    return pairwise_distances(x, y)


@compare(rtol=1e-6, atol=1e-6)
def test_non_contiguous_inputs(pairwise_distances):
    # Views, not copies: a transposed x and every other row of y. Code that assumes
    # contiguous memory (.view, raw strides) breaks here.
    x = torch.randn(4, 7, dtype=torch.float64).T  # (7, 4), transposed view
    y = torch.randn(10, 4, dtype=torch.float64)[::2]  # (5, 4), strided rows
    return pairwise_distances(x, y)


@compare(rtol=1e-4, atol=1e-4)
def test_non_contiguous_float32_columns(pairwise_distances):
    x = torch.randn(6, 8)[:, ::2]  # (6, 4), every other column
    y = torch.randn(4, 3).T  # (3, 4), transposed view
    return pairwise_distances(x, y), pairwise_distances(y, x)
