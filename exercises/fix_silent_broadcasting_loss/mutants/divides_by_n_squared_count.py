"""Sums the broadcast (N, N) matrix and divides by N: the scale looks plausible but the
value mixes every prediction with every target."""


def mean_squared_error(predictions, targets):
    return ((predictions - targets) ** 2).sum() / targets.numel()
