"""Divides by the standard deviation without eps: constant columns give 0/0 = nan."""
import numpy as np


def broadcast_standardize(x, ddof=0, eps=1e-8):
    if x.shape[0] - ddof <= 0:
        raise ValueError("too few rows for ddof")
    with np.errstate(invalid="ignore", divide="ignore"):
        return (x - x.mean(axis=0)) / x.std(axis=0, ddof=ddof)
