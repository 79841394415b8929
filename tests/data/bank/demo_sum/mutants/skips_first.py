"""Off by one: drops the first element."""


def total(xs):
    if xs is None:
        raise ValueError("None")
    return sum(xs[1:])
