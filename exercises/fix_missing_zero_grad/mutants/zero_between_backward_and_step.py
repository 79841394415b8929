"""Clears the gradients after backward but before optimizer.step(): the step sees no
gradient and the parameters never change."""
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
            loss = F.mse_loss(model(inputs), targets)
            loss.backward()
            optimizer.zero_grad()
            optimizer.step()
            losses.append(loss.item())
    return losses
