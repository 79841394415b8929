"""Squares the factor."""


def scale(x, k):
    return x * k * k
