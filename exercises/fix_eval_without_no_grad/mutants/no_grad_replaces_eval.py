"""Swaps model.eval() for torch.no_grad() instead of using both: no graph, but dropout
stays active and batch norm normalises with batch statistics (and updates its running ones)."""
import torch
import torch.nn.functional as F


def evaluate(model, batches):
    predictions = []
    squared_error, n_values = 0.0, 0
    with torch.no_grad():
        for inputs, targets in batches:
            out = model(inputs)
            predictions.append(out)
            squared_error += F.mse_loss(out, targets, reduction="sum").item()
            n_values += targets.numel()
    return torch.cat(predictions), squared_error / n_values
