def memoize(maxsize=128):
    """Decorator factory: cache up to `maxsize` results, evicting the least recently used.

    The wrapper gets cache_info() -> {"hits", "misses", "size", "maxsize"} and cache_clear().
    """

    def decorator(func):
        return func  # TODO: wrap func with a cache

    return decorator
