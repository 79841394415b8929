import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def timed_block(name: str, records: dict) -> Iterator[None]:
    """Append the time spent inside the `with` block, in seconds, to records[name].

    The duration is recorded even if the block raises; the exception propagates.
    """
    start = time.perf_counter()  # local to this call, so nested blocks don't interfere
    try:
        yield
    finally:
        # finally runs on normal exit and when the block raises; not catching
        # the exception means it keeps propagating after we have recorded.
        records.setdefault(name, []).append(time.perf_counter() - start)
