"""Ignores the input."""


def total(xs):
    if xs is None:
        raise ValueError("None")
    return 0
