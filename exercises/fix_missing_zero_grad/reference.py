import torch
import torch.nn.functional as F
from torch import nn


def train(
    model: nn.Module, batches: list[tuple[torch.Tensor, torch.Tensor]], epochs: int, lr: float
) -> list[float]:
    """Fit `model` to (inputs, targets) `batches` with SGD (momentum 0.9) on the MSE loss.

    One optimizer step per batch, batches in the given order, `epochs` passes.
    Returns the loss of every step (before that step's update) as Python floats.
    """
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    losses = []
    for _ in range(epochs):
        for inputs, targets in batches:
            optimizer.zero_grad()  # backward adds to .grad: clear last step's (and any leftovers)
            loss = F.mse_loss(model(inputs), targets)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    return losses
