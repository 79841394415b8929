"""Slices the input like a sequence: breaks on generators and yields strings for string input."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    for start in range(0, len(iterable), n):
        yield iterable[start:start + n]
