"""Measures with time.process_time(): CPU time only, so sleeping and waiting on I/O
are reported as (almost) zero."""
import functools
import time


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        result = func(*args, **kwargs)
        print(f"[TIMER] {func.__name__}: {time.process_time() - start:.4f}s")
        return result

    return wrapper
