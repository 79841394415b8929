"""The default queue: a thread pool inside the server process.

Grading runs in subprocess sandboxes, so threads spend their time waiting and the
GIL is no bottleneck. The pool carries ids only; the database holds every
submission, which is what makes restart recovery possible: on start, rows a killed
process left `running` go back to `queued`, and every queued row is enqueued again
oldest first.
"""

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.orm import Session, sessionmaker

from app.bank import Exercise
from app.db import repository
from app.grading import grade
from app.queue.base import NoGpuWorker, QueueUnavailable
from app.queue.job import Grader, process_submission
from app.settings import Settings
from sandbox.device import detect_device

log = logging.getLogger(__name__)


class EmbeddedQueue:
    kind = "embedded"

    def __init__(
        self,
        *,
        session_factory: sessionmaker[Session],
        bank: dict[str, Exercise],
        settings: Settings,
        on_finished: Callable[[str], None] = lambda _id: None,
        grader: Grader = grade,
    ) -> None:
        self.workers = settings.workers
        self._session_factory = session_factory
        self._bank = bank
        self._settings = settings
        self._on_finished = on_finished
        self._grader = grader
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None

    def start(self) -> None:
        with self._lock:
            if self._executor is not None:
                return
            self._executor = ThreadPoolExecutor(
                max_workers=self.workers, thread_name_prefix="drill-grader"
            )
        recovered = self.recover()
        if recovered:
            log.info("re-queued %d unfinished submission(s) from a previous run", recovered)

    def recover(self) -> int:
        """Reset `running` leftovers to `queued` and enqueue all queued, oldest first."""
        with self._session_factory.begin() as session:
            repository.reset_running(session)
            ids = [(s.id, s.exercise_id) for s in repository.list_unfinished(session)]
        for submission_id, exercise_id in ids:
            self.enqueue(submission_id, exercise_id)
        return len(ids)

    def stop(self) -> None:
        """Finish the submissions being graded; drop the rest from memory (they stay queued)."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def check_can_grade(self, exercise: Exercise) -> None:
        if exercise.meta.needs_gpu and self._device() != "cuda":
            raise NoGpuWorker(
                f"exercise '{exercise.id}' needs a GPU and this server grades on the CPU; "
                "run it on a GPU machine (DRILL_DEVICE=cuda) or with GPU workers"
            )

    def _device(self) -> str:
        setting = self._settings.device
        return detect_device() if setting == "auto" else setting

    def enqueue(self, submission_id: str, exercise_id: str = "") -> None:
        with self._lock:
            if self._executor is None:
                raise QueueUnavailable("the grading queue is not running")
            try:
                self._executor.submit(self._run, submission_id)
            except RuntimeError as exc:  # shutting down
                raise QueueUnavailable(str(exc)) from exc

    def _run(self, submission_id: str) -> None:
        try:
            finished = process_submission(
                submission_id,
                session_factory=self._session_factory,
                bank=self._bank,
                settings=self._settings,
                grader=self._grader,
            )
        except Exception:
            # Database trouble: the row stays queued/running and the next start
            # recovers it. Log loudly; a thread pool would swallow it silently.
            log.exception("could not process submission %s", submission_id)
            return
        if finished:
            self._on_finished(submission_id)
