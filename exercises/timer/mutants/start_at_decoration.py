"""Reads the start time once, when decorating, instead of at each call: the printed
time includes everything since the decorator ran and grows with every call."""
import functools
import time


def timer(func):
    start = time.perf_counter()

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"[TIMER] {func.__name__}: {time.perf_counter() - start:.4f}s")
        return result

    return wrapper
