import numpy as np
from drill_checks import compare


def test_values_exactly_on_edges(bin_values):
    # Inner edges go to the bin on their right; only the last edge closes a bin.
    values = np.array([0.0, 1.0, 2.0, 3.0, 3.0, 1.0])
    edges = np.array([0.0, 1.0, 2.0, 3.0])
    return bin_values(values, edges)


def test_out_of_range_values_are_ignored(bin_values):
    values = np.array([-5.0, -0.001, 0.5, 0.5, 4.0001, 100.0, 2.25])
    edges = np.array([0.0, 2.0, 4.0])
    return bin_values(values, edges)


def test_empty_bins_give_nan_means(bin_values):
    values = np.array([0.25, 0.75, 4.5])
    edges = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    counts, means = bin_values(values, edges)
    return counts, means, np.isnan(means)


def test_trailing_bins_empty_keep_full_length(bin_values):
    values = np.array([0.1, 0.2, 0.3])
    edges = np.array([0.0, 1.0, 2.0, 3.0])
    return bin_values(values, edges)


def test_empty_values(bin_values):
    return bin_values(np.array([]), np.array([0.0, 1.0, 2.0]))


def test_single_value_and_single_bin(bin_values):
    return bin_values(np.array([0.5]), np.array([0.0, 1.0])), bin_values(
        np.array([1.0]), np.array([0.0, 1.0])
    )


@compare(rtol=1e-6, atol=1e-6)
def test_float32_values_give_float64_means(bin_values):
    values = np.random.uniform(-1.0, 1.0, size=150).astype(np.float32)
    edges = np.array([-1.0, -0.5, 0.0, 0.25, 1.0])
    return bin_values(values, edges)


@compare(rtol=1e-10, atol=1e-12)
def test_uneven_edges_with_outliers(bin_values):
    values = np.random.normal(0.0, 3.0, size=300)
    edges = np.array([-2.0, -1.0, -0.1, 0.0, 0.5, 3.0])
    return bin_values(values, edges)


@compare(rtol=1e-10, atol=1e-12)
def test_strided_view(bin_values):
    base = np.random.uniform(0.0, 4.0, size=90)
    return bin_values(base[::3], np.array([0.0, 1.0, 2.0, 3.0, 4.0]))


@compare(rtol=1e-10, atol=1e-12)
def test_large_offset_values(bin_values):
    values = 1e6 + np.random.uniform(0.0, 3.0, size=60)
    edges = 1e6 + np.array([0.0, 1.0, 2.0, 3.0])
    return bin_values(values, edges)


def test_inputs_are_not_modified(bin_values):
    values = np.array([3.0, -1.0, 0.5, 2.0])
    edges = np.array([0.0, 1.0, 2.0, 3.0])
    v0, e0 = values.copy(), edges.copy()
    bin_values(values, edges)
    return bool(np.array_equal(values, v0)), bool(np.array_equal(edges, e0))


@compare(match=r"(?i)edges")
def test_repeated_edge_raises(bin_values):
    return bin_values(np.array([1.0]), np.array([0.0, 1.0, 1.0, 2.0]))


@compare(match=r"(?i)edges")
def test_single_edge_raises(bin_values):
    return bin_values(np.array([1.0]), np.array([0.0]))
