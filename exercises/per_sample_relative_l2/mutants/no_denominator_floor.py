"""Divides by ||target|| without a floor: a zero target gives NaN (0/0) or inf."""
import torch


def per_sample_relative_l2(pred, target):
    b = pred.shape[0]
    p = pred.reshape(b, -1)
    t = target.reshape(b, -1)
    return torch.norm(p - t, dim=1) / torch.norm(t, dim=1)
