"""Checks the size before inserting with `>`: the cache grows to maxsize + 1 entries."""
import functools
from collections import OrderedDict


def memoize(maxsize=128):
    if maxsize is not None and (not isinstance(maxsize, int) or maxsize < 1):
        raise ValueError("maxsize must be a positive int or None")

    def decorator(func):
        cache = OrderedDict()
        hits = misses = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                hits += 1
                cache.move_to_end(key)
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)
            if maxsize is not None and len(cache) > maxsize:
                cache.popitem(last=False)
            cache[key] = result
            return result

        def cache_info():
            return {"hits": hits, "misses": misses, "size": len(cache), "maxsize": maxsize}

        def cache_clear():
            nonlocal hits, misses
            cache.clear()
            hits = misses = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
