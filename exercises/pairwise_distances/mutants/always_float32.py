"""Casts the inputs to float32 "to be safe": float64 inputs come back as float32."""
import torch


def pairwise_distances(x, y):
    x, y = x.float(), y.float()
    xx = (x * x).sum(dim=1, keepdim=True)
    yy = (y * y).sum(dim=1, keepdim=True).T
    return torch.sqrt((xx + yy - 2 * (x @ y.T)).clamp(min=0))
