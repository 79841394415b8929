"""Keeps one module-level cache for every decorated function: different functions called with
the same arguments get each other's results."""
import functools
from collections import OrderedDict

_CACHE = OrderedDict()


def memoize(maxsize=128):
    if maxsize is not None and (not isinstance(maxsize, int) or maxsize < 1):
        raise ValueError("maxsize must be a positive int or None")

    def decorator(func):
        hits = misses = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = (args, tuple(sorted(kwargs.items())))
            if key in _CACHE:
                hits += 1
                _CACHE.move_to_end(key)
                return _CACHE[key]
            misses += 1
            result = func(*args, **kwargs)
            _CACHE[key] = result
            if maxsize is not None and len(_CACHE) > maxsize:
                _CACHE.popitem(last=False)
            return result

        def cache_info():
            return {"hits": hits, "misses": misses, "size": len(_CACHE), "maxsize": maxsize}

        def cache_clear():
            nonlocal hits, misses
            _CACHE.clear()
            hits = misses = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
