"""Multiplies x @ y instead of x @ y.T: only runs when y happens to be square (M == D),
and then gives wrong values."""
import torch


def pairwise_distances(x, y):
    xx = (x * x).sum(dim=1, keepdim=True)
    yy = (y * y).sum(dim=1, keepdim=True).T
    return torch.sqrt((xx + yy - 2 * (x @ y)).clamp(min=0))
