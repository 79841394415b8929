"""A plain for loop that fills a list and yields it as soon as it holds n items.

No itertools: the chunk is handed out right after its n-th item is read, so nothing
is read ahead, and a new list is started for the next chunk.
"""


def chunked(iterable, n):
    if n < 1:
        raise ValueError(f"chunk size n must be at least 1, got {n}")
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
