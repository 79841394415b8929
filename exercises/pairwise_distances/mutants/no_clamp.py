"""Forgets to clamp before sqrt: rounding leaves tiny negative squared distances for
(nearly) identical points, and their square root is NaN."""
import torch


def pairwise_distances(x, y):
    xx = (x * x).sum(dim=1, keepdim=True)
    yy = (y * y).sum(dim=1, keepdim=True).T
    return torch.sqrt(xx + yy - 2 * (x @ y.T))
