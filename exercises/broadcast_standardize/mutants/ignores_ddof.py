"""Validates ddof but always computes the population standard deviation (ddof=0)."""


def broadcast_standardize(x, ddof=0, eps=1e-8):
    if x.shape[0] - ddof <= 0:
        raise ValueError("too few rows for ddof")
    return (x - x.mean(axis=0)) / (x.std(axis=0) + eps)
