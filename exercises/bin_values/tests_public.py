import numpy as np
from drill_checks import compare


@compare(rtol=1e-12, atol=1e-12)
def test_prompt_example(bin_values):
    values = np.array([0.5, 1.0, 1.5, 3.0, 2.9, -1.0, 7.0, 0.0])
    edges = np.array([0.0, 1.0, 2.0, 2.5, 3.0])
    return bin_values(values, edges)


@compare(rtol=1e-10, atol=1e-12)
def test_random_values_in_range(bin_values):
    values = np.random.uniform(0.0, 10.0, size=200)
    edges = np.linspace(0.0, 10.0, 6)
    return bin_values(values, edges)


@compare(match=r"(?i)edges")
def test_decreasing_edges_raise(bin_values):
    return bin_values(np.array([1.0, 2.0]), np.array([0.0, 2.0, 1.0]))
