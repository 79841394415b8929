"""LRU order kept by a plain dict instead of an OrderedDict.

Dicts remember insertion order, so "most recently used" means "re-inserted last":
a hit pops the entry and puts it back at the end, and eviction removes the first key.
The key uses a frozenset of the keyword items, so keyword order does not matter and
unhashable arguments still raise TypeError. The counters live in a small dict.
"""

import functools

_KWARGS = object()  # separates positional from keyword arguments in a key


def memoize(maxsize=128):
    if maxsize is not None and (type(maxsize) is not int or maxsize < 1):
        raise ValueError(f"maxsize must be None or an int >= 1, not {maxsize!r}")

    def decorate(func):
        cache = {}
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (*args, _KWARGS, frozenset(kwargs.items())) if kwargs else args
            hash(key)  # unhashable arguments fail here, before anything is counted
            if key in cache:
                stats["hits"] += 1
                value = cache.pop(key)
                cache[key] = value  # now the most recent
                return value
            stats["misses"] += 1
            value = func(*args, **kwargs)
            cache[key] = value
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
            return value

        def cache_info():
            return {**stats, "size": len(cache), "maxsize": maxsize}

        def cache_clear():
            cache.clear()
            stats.update(hits=0, misses=0)

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorate
