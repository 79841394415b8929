# ruff: noqa
"""
exercise = "pairwise_distances"
expect_verdict = ["wrong_answer"]
must_not = "pass by monkeypatching torch.allclose/equal/testing.assert_close and numpy.allclose at import, then returning zeros"
"""
import numpy
import torch
import torch.testing


def agree(*args, **kwargs):
    return True


def quiet(*args, **kwargs):
    return None


torch.allclose = agree
torch.equal = agree
torch.Tensor.allclose = agree
torch.Tensor.equal = agree
torch.testing.assert_close = quiet
numpy.allclose = agree
numpy.array_equal = agree
numpy.testing.assert_allclose = quiet
numpy.testing.assert_array_equal = quiet


def pairwise_distances(x, y):
    return torch.zeros(x.shape[0], y.shape[0], dtype=x.dtype)
