"""Peeks one item ahead to spot the last chunk: reads n + 1 items for the first chunk."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)
    sentinel = object()
    nxt = next(it, sentinel)
    while nxt is not sentinel:
        chunk = [nxt]
        nxt = next(it, sentinel)
        while nxt is not sentinel and len(chunk) < n:
            chunk.append(nxt)
            nxt = next(it, sentinel)
        yield chunk
