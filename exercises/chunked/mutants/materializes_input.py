"""Converts the input to a list first: not lazy, and never returns for an endless stream."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    items = list(iterable)
    for start in range(0, len(items), n):
        yield items[start:start + n]
