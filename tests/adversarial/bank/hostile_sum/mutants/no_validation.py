"""Lets None through to sum(), which raises TypeError instead of ValueError."""


def total(xs):
    return sum(xs)
