"""Keeps the start time in a module-level global: nested blocks overwrite each other's start."""
import time
from contextlib import contextmanager

_start = 0.0


@contextmanager
def timed_block(name, records):
    global _start
    _start = time.perf_counter()
    try:
        yield
    finally:
        records.setdefault(name, []).append(time.perf_counter() - _start)
