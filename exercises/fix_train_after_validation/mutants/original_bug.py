"""The original code: model.train() is called once before the loop, and the first
validation's model.eval() is never undone, so epochs 2.. train with dropout off and
batch norm frozen."""
import torch
import torch.nn.functional as F
from torch import nn

Batches = list[tuple[torch.Tensor, torch.Tensor]]


def fit(
    model: nn.Module, train_batches: Batches, val_batches: Batches, epochs: int, lr: float
) -> list[float]:
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    history = []
    model.train()
    for _ in range(epochs):
        for inputs, targets in train_batches:
            optimizer.zero_grad()
            loss = F.mse_loss(model(inputs), targets)
            loss.backward()
            optimizer.step()

        model.eval()
        squared_error, n_values = 0.0, 0
        with torch.no_grad():
            for inputs, targets in val_batches:
                squared_error += F.mse_loss(model(inputs), targets, reduction="sum").item()
                n_values += targets.numel()
        history.append(squared_error / n_values)
    return history
