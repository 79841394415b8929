"""Stores records[name] = elapsed, overwriting instead of appending to a list."""
import time
from contextlib import contextmanager


@contextmanager
def timed_block(name, records):
    start = time.perf_counter()
    try:
        yield
    finally:
        records[name] = time.perf_counter() - start
