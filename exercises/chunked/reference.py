from collections.abc import Iterable, Iterator
from itertools import islice


def chunked(iterable: Iterable, n: int) -> Iterator[list]:
    """Yield consecutive lists of `n` items from `iterable`; the last may be shorter.

    Lazy: reads only as many items from `iterable` as the chunks handed out so far.
    Raises ValueError if n < 1.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    it = iter(iterable)  # one shared iterator, so each islice continues where the last stopped
    while chunk := list(islice(it, n)):
        yield chunk
