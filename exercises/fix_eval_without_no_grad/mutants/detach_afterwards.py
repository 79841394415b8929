"""Detaches the predictions after the fact: the returned tensors look clean, but every
forward pass still ran with autograd on and built (then dropped) a graph."""
import torch
import torch.nn.functional as F


def evaluate(model, batches):
    was_training = model.training
    model.eval()
    predictions = []
    squared_error, n_values = 0.0, 0
    for inputs, targets in batches:
        out = model(inputs)
        predictions.append(out.detach())
        squared_error += F.mse_loss(out, targets, reduction="sum").item()
        n_values += targets.numel()
    model.train(was_training)
    return torch.cat(predictions), squared_error / n_values
