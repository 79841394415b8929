"""Never checks n: n = 0 or a negative n quietly yields nothing instead of raising ValueError."""
from itertools import islice


def chunked(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, max(n, 0)))
        if not chunk:
            return
        yield chunk
