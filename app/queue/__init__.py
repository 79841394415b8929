"""Getting stored submissions graded: the queue interface and its transports."""

from app.queue.base import GradingQueue, NoGpuWorker, QueueUnavailable
from app.queue.embedded import EmbeddedQueue
from app.queue.notifier import CompletionNotifier

__all__ = [
    "CompletionNotifier",
    "EmbeddedQueue",
    "GradingQueue",
    "NoGpuWorker",
    "QueueUnavailable",
]
