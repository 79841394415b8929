"""Swaps in F.mse_loss without fixing the shapes: it still broadcasts (N, 1) against
(N,) to (N, N) (only a warning is printed), so the value is wrong for N > 1."""
import torch.nn.functional as F


def mean_squared_error(predictions, targets):
    return F.mse_loss(predictions, targets)
