"""Turns autograd off with torch.set_grad_enabled(False) and never turns it back on:
the caller's next training step silently has no gradients."""
import torch
import torch.nn.functional as F


def evaluate(model, batches):
    was_training = model.training
    model.eval()
    torch.set_grad_enabled(False)
    predictions = []
    squared_error, n_values = 0.0, 0
    for inputs, targets in batches:
        out = model(inputs)
        predictions.append(out)
        squared_error += F.mse_loss(out, targets, reduction="sum").item()
        n_values += targets.numel()
    model.train(was_training)
    return torch.cat(predictions), squared_error / n_values
