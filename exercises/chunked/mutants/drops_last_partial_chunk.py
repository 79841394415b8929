"""Uses the zip(*[it] * n) idiom: the last partial chunk is silently dropped."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)
    for group in zip(*[it] * n):
        yield list(group)
