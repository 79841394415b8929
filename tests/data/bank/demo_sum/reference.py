def total(xs):
    if xs is None:
        raise ValueError("xs must be a sequence of numbers, not None")
    return sum(xs)
