"""Correct, written as an explicit loop instead of the built-in sum."""


def total(xs):
    if xs is None:
        raise ValueError("None is not a sequence of numbers")
    result = 0
    for x in xs:
        result += x
    return result
