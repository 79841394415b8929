# drill-marker: reference-only-5e1f0c2a (must never show up in a submission's output)


def total(xs):
    if xs is None:
        raise ValueError("xs must be a sequence of numbers, not None")
    return sum(xs)
