"""Computes and prints the elapsed time before calling the function (the call was
moved below the print): the time is always about zero and the line comes first."""
import functools
import time


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        print(f"[TIMER] {func.__name__}: {time.perf_counter() - start:.4f}s")
        return func(*args, **kwargs)

    return wrapper
