"""Flattens both sides (the value is right) but never checks the lengths: (4,) against
(1,) broadcasts silently instead of raising ValueError."""


def mean_squared_error(predictions, targets):
    return ((predictions.reshape(-1) - targets.reshape(-1)) ** 2).mean()
