"""Drops the factor 2 in the cross term: computes ||a||^2 + ||b||^2 - a.b."""
import torch


def pairwise_distances(x, y):
    xx = (x * x).sum(dim=1, keepdim=True)
    yy = (y * y).sum(dim=1, keepdim=True).T
    return torch.sqrt((xx + yy - x @ y.T).clamp(min=0))
