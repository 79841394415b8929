"""Fixes the shapes but returns a Python float via .item(): the loss is detached and
loss.backward() fails."""
import torch


def mean_squared_error(predictions, targets):
    pred, target = predictions.reshape(-1), targets.reshape(-1)
    if pred.shape != target.shape:
        raise ValueError("shape mismatch")
    return torch.tensor(((pred - target) ** 2).mean().item())
