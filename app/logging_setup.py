"""Logs that say which submission they are about.

`submission_context` marks the current thread (or task) as working on a submission;
every log record made inside it carries `submission_id`, and the format prints it, so
grep finds the whole story of one submission across the API and the workers.
"""

import contextlib
import contextvars
import logging
from collections.abc import Iterator

_current: contextvars.ContextVar[str] = contextvars.ContextVar("submission_id", default="-")

FORMAT = "%(asctime)s %(levelname)s %(name)s [submission %(submission_id)s] %(message)s"


@contextlib.contextmanager
def submission_context(submission_id: str) -> Iterator[None]:
    token = _current.set(submission_id)
    try:
        yield
    finally:
        _current.reset(token)


class SubmissionFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "submission_id"):
            record.submission_id = _current.get()
        return True


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(SubmissionFilter())
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
