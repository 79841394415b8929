"""Wraps the call in try/except "to always print the timing": an exception in the
function is printed and swallowed, and the caller gets None instead of the error."""
import functools
import time


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = None
        try:
            result = func(*args, **kwargs)
        except Exception as exc:
            print(f"{func.__name__} failed: {exc}")
        print(f"[TIMER] {func.__name__}: {time.perf_counter() - start:.4f}s")
        return result

    return wrapper
