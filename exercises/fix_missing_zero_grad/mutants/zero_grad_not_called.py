"""Writes model.zero_grad without the parentheses: the method is looked up and
never called, so nothing is cleared."""
import torch
import torch.nn.functional as F
from torch import nn


def train(
    model: nn.Module, batches: list[tuple[torch.Tensor, torch.Tensor]], epochs: int, lr: float
) -> list[float]:
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    losses = []
    for _ in range(epochs):
        for inputs, targets in batches:
            model.zero_grad  # noqa: B018
            loss = F.mse_loss(model(inputs), targets)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    return losses
