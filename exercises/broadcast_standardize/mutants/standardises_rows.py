"""Computes the statistics per row (axis=1) instead of per column: wrong for square
inputs and a broadcasting error for the others."""


def broadcast_standardize(x, ddof=0, eps=1e-8):
    if x.shape[0] - ddof <= 0:
        raise ValueError("too few rows for ddof")
    mean = x.mean(axis=1)
    std = x.std(axis=1, ddof=ddof)
    return (x - mean) / (std + eps)
