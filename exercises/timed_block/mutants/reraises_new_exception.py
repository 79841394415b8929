"""Catches the error and raises a generic RuntimeError: the caller loses the original exception."""
import time
from contextlib import contextmanager


@contextmanager
def timed_block(name, records):
    start = time.perf_counter()
    try:
        yield
    except Exception as exc:
        raise RuntimeError(f"block {name!r} failed") from exc
    finally:
        records.setdefault(name, []).append(time.perf_counter() - start)
