"""The wrapper takes only *args: any keyword argument raises TypeError."""
import functools
import time


def timer(func):
    @functools.wraps(func)
    def wrapper(*args):
        start = time.perf_counter()
        result = func(*args)
        print(f"[TIMER] {func.__name__}: {time.perf_counter() - start:.4f}s")
        return result

    return wrapper
