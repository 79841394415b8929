"""Records after the yield without try/finally: a block that raises is never recorded."""
import time
from contextlib import contextmanager


@contextmanager
def timed_block(name, records):
    start = time.perf_counter()
    yield
    records.setdefault(name, []).append(time.perf_counter() - start)
