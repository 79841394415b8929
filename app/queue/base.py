"""The queue interface every transport implements (embedded thread pool now, Celery later).

The database is the source of truth: a submission is stored as `queued` before it
is enqueued, and the transport only carries its id. A lost message therefore never
loses a submission; start-up recovery finds it again.
"""

from typing import Protocol


class QueueUnavailable(Exception):
    """The queue cannot take work now (stopped or shutting down); retry later."""


class GradingQueue(Protocol):
    kind: str
    """Short transport name reported by /health, e.g. "embedded"."""

    workers: int
    """How many submissions can be graded at the same time."""

    def start(self) -> None:
        """Begin grading, including submissions left over from a previous run."""

    def stop(self) -> None:
        """Stop taking work; submissions not yet started stay queued in the database."""

    def enqueue(self, submission_id: str) -> None:
        """Grade a stored, queued submission. Raises `QueueUnavailable` when stopped."""
