import torch
from torch import nn


def mixed_precision_step(
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    scaler: torch.amp.GradScaler,
    loss_fn,
    inputs: torch.Tensor,
    targets: torch.Tensor,
    max_grad_norm: float | None = None,
) -> float:
    """One optimiser step with autocast and dynamic loss scaling; returns the loss.

    Plain float32 step for now: add autocast, loss scaling, unscaled clipping
    and skipping of steps with inf/NaN gradients.
    """
    optimizer.zero_grad()
    loss = loss_fn(model(inputs), targets)
    loss.backward()
    if max_grad_norm is not None:
        torch.nn.utils.clip_grad_norm_(model.parameters(), max_grad_norm)
    optimizer.step()
    return loss.item()
