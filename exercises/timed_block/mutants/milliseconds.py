"""Records milliseconds instead of seconds."""
import time
from contextlib import contextmanager


@contextmanager
def timed_block(name, records):
    start = time.perf_counter()
    try:
        yield
    finally:
        records.setdefault(name, []).append((time.perf_counter() - start) * 1000.0)
