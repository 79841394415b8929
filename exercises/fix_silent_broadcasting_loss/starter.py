import torch


def mean_squared_error(predictions: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean of the squared differences between predictions and targets.

    predictions: shape (N,) or (N, 1), e.g. the output of a regression head.
    targets:     shape (N,) or (N, 1), one target per sample.
    Returns a 0-d tensor that gradients can flow through.
    """
    errors = predictions - targets
    return (errors**2).mean()
