"""The queue interface every transport implements: the embedded thread pool and Celery.

The database is the source of truth: a submission is stored as `queued` before it
is enqueued, and the transport only carries its id. A lost message therefore never
loses a submission; start-up recovery finds it again.
"""

from typing import Protocol

from app.bank import Exercise


class QueueUnavailable(Exception):
    """The queue cannot take work now (stopped or shutting down); retry later."""


class NoGpuWorker(Exception):
    """A GPU exercise was submitted and nothing that is alive can grade on a GPU."""


class GradingQueue(Protocol):
    kind: str
    """Short transport name reported by /health, e.g. "embedded"."""

    workers: int
    """How many submissions can be graded at the same time."""

    def start(self) -> None:
        """Begin grading, including submissions left over from a previous run."""

    def stop(self) -> None:
        """Stop taking work; submissions not yet started stay queued in the database."""

    def check_can_grade(self, exercise: Exercise) -> None:
        """Raise `NoGpuWorker` when this exercise needs a device nobody here has."""

    def enqueue(self, submission_id: str, exercise_id: str) -> None:
        """Grade a stored, queued submission. Raises `QueueUnavailable` when stopped."""
