import functools
import time


def timer(func):
    """Decorator: print how long each call of `func` takes, as "[TIMER] name: 0.1234s"."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"[TIMER] {func.__name__}: {elapsed:.4f}s")
        return result

    return wrapper
