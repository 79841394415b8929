"""Never refreshes an entry on a hit: evicts in insertion (FIFO) order instead of LRU order."""
import functools


def memoize(maxsize=128):
    if maxsize is not None and (not isinstance(maxsize, int) or maxsize < 1):
        raise ValueError("maxsize must be a positive int or None")

    def decorator(func):
        cache = {}
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                stats["hits"] += 1
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
            return result

        wrapper.cache_info = lambda: {**stats, "size": len(cache), "maxsize": maxsize}

        def cache_clear():
            cache.clear()
            stats.update(hits=0, misses=0)

        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
