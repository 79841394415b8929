def chunked(iterable, n):
    """Yield consecutive lists of `n` items from `iterable`; the last may be shorter.

    Lazy: reads only as many items from `iterable` as the chunks handed out so far.
    Raises ValueError if n < 1.
    """
    raise NotImplementedError("pull n items at a time from one iterator")
