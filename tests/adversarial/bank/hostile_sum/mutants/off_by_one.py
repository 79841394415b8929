"""Adds one too many."""


def total(xs):
    if xs is None:
        raise ValueError("None")
    return sum(xs) + 1
