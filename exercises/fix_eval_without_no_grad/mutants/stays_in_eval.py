"""Fixes the graph with no_grad but drops the bookkeeping that restores the model's mode:
a model that was training comes back in eval mode."""
import torch
import torch.nn.functional as F


def evaluate(model, batches):
    model.eval()
    predictions = []
    squared_error, n_values = 0.0, 0
    with torch.no_grad():
        for inputs, targets in batches:
            out = model(inputs)
            predictions.append(out)
            squared_error += F.mse_loss(out, targets, reduction="sum").item()
            n_values += targets.numel()
    return torch.cat(predictions), squared_error / n_values
