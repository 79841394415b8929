"""Yields one buffer and clears it afterwards: every chunk the caller kept is the same list."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) == n:
            yield buf
            buf.clear()
    if buf:
        yield buf
