"""Wakes HTTP requests waiting (`?wait=`) for a submission that a worker thread finished.

Workers are threads, waiters are coroutines on the server's event loop: an
`asyncio.Event` may only be set from its own loop, so `notify` hands the `set` to
that loop with `call_soon_threadsafe`. This avoids polling the database.
"""

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class CompletionNotifier:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: dict[str, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}

    @contextmanager
    def subscribe(self, submission_id: str) -> Iterator[asyncio.Event]:
        """An event set when `submission_id` finishes; call from a coroutine.

        Subscribe *before* re-reading the submission's state, or a completion that
        lands between the read and the subscription would be missed.
        """
        entry = (asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            self._waiters.setdefault(submission_id, set()).add(entry)
        try:
            yield entry[1]
        finally:
            with self._lock:
                waiters = self._waiters.get(submission_id)
                if waiters is not None:
                    waiters.discard(entry)
                    if not waiters:
                        del self._waiters[submission_id]

    def notify(self, submission_id: str) -> None:
        """Wake every waiter for `submission_id`; safe to call from any thread."""
        with self._lock:
            waiters = list(self._waiters.get(submission_id, ()))
        for loop, event in waiters:
            # RuntimeError: that loop has closed, so its waiter is gone.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(event.set)

    def waiting(self) -> int:
        """How many waiters are registered (for tests and diagnostics)."""
        with self._lock:
            return sum(len(w) for w in self._waiters.values())
