"""A class with __enter__/__exit__ instead of a contextlib generator.

Each `with` creates a new instance, so nested blocks keep their own start times.
__exit__ records the duration whether or not the block raised, and returns False so
that an exception keeps propagating unchanged.
"""

import time


class timed_block:
    def __init__(self, name: str, records: dict):
        self.name = name
        self.records = records
        self.start = None

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, traceback):
        elapsed = time.perf_counter() - self.start
        self.records.setdefault(self.name, []).append(elapsed)
        return False
