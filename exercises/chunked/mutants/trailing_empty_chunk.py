"""Always yields the leftover buffer, so an exact multiple (or empty input) ends with []."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) == n:
            yield buf
            buf = []
    yield buf
