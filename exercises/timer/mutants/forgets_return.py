"""Calls the function and prints the time but never returns the result: every
decorated function returns None."""
import functools
import time


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        func(*args, **kwargs)
        print(f"[TIMER] {func.__name__}: {time.perf_counter() - start:.4f}s")

    return wrapper
