"""Standardises in place with -= and /=: right numbers, but the caller's array is changed."""


def broadcast_standardize(x, ddof=0, eps=1e-8):
    if x.shape[0] - ddof <= 0:
        raise ValueError("too few rows for ddof")
    std = x.std(axis=0, ddof=ddof)
    x -= x.mean(axis=0)
    x /= std + eps
    return x
