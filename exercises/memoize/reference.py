import functools
from collections import OrderedDict


def memoize(maxsize: int | None = 128):
    """Decorator factory: cache up to `maxsize` results, evicting the least recently used.

    The wrapper gets cache_info() -> {"hits", "misses", "size", "maxsize"} and cache_clear().
    """
    if maxsize is not None and (
        isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize < 1
    ):
        raise ValueError(f"maxsize must be a positive int or None, got {maxsize!r}")

    def decorator(func):
        cache: OrderedDict = OrderedDict()  # oldest (least recently used) first
        hits = misses = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            # Sorting makes keyword order irrelevant; hashing the key raises
            # TypeError for unhashable arguments, as required.
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:  # membership, not truthiness: None and 0 are results too
                hits += 1
                cache.move_to_end(key)
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)  # if this raises, nothing is stored
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                cache.popitem(last=False)
            return result

        def cache_info() -> dict:
            return {"hits": hits, "misses": misses, "size": len(cache), "maxsize": maxsize}

        def cache_clear() -> None:
            nonlocal hits, misses
            cache.clear()
            hits = misses = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
