import torch
import torch.nn.functional as F
from torch import nn


def evaluate(
    model: nn.Module, batches: list[tuple[torch.Tensor, torch.Tensor]]
) -> tuple[torch.Tensor, float]:
    """Run `model` over validation `batches` of (inputs, targets).

    Returns the predictions of all batches concatenated along dim 0 and the mean
    squared error over every predicted element, as a Python float. The model is
    left in the train/eval mode it had when the function was called.
    """
    was_training = model.training
    model.eval()
    predictions = []
    squared_error, n_values = 0.0, 0
    for inputs, targets in batches:
        out = model(inputs)
        predictions.append(out)
        squared_error += F.mse_loss(out, targets, reduction="sum").item()
        n_values += targets.numel()
    model.train(was_training)
    return torch.cat(predictions), squared_error / n_values
