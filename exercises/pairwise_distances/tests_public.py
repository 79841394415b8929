import torch
from drill_checks import compare


def test_small_example(pairwise_distances):
    x = torch.tensor([[0.0, 0.0], [3.0, 4.0]])
    y = torch.tensor([[0.0, 0.0], [0.0, 4.0], [6.0, 8.0]])
    return pairwise_distances(x, y)


@compare(rtol=1e-4, atol=1e-4)
def test_random_points_n_differs_from_m(pairwise_distances):
    x = torch.randn(5, 3)
    y = torch.randn(7, 3)
    return pairwise_distances(x, y)


@compare(exact=True)
def test_identical_points_are_exactly_zero(pairwise_distances):
    x = torch.tensor([[1.0, 2.0], [1.0, 2.0], [-3.0, 0.5]])
    d = pairwise_distances(x, x)
    return d.diagonal(), d[0, 1], d[1, 0]
