"""Flattens with .view(B, -1): raises for permuted or otherwise non-contiguous inputs."""
import torch


def per_sample_relative_l2(pred, target):
    b = pred.shape[0]
    p = pred.view(b, -1)
    t = target.view(b, -1)
    return torch.norm(p - t, dim=1) / torch.norm(t, dim=1).clamp(min=1e-8)
