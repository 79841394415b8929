"""Leaves out functools.wraps: the decorated function is called "wrapper" and has no
docstring."""
import time


def timer(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        print(f"[TIMER] {func.__name__}: {time.perf_counter() - start:.4f}s")
        return result

    return wrapper
