"""`drill worker`: a Celery worker that grades with the same code as the embedded pool.

One process, a thread per concurrent grading (the work happens in sandbox
subprocesses, so threads only wait) and one warm pool shared by all of them. Every
heartbeat it announces itself (queues, device, concurrency), renews the lease on each
submission it is grading, and sweeps for strays like the API does.

The hard limit on a grading is a watchdog: past `DRILL_TASK_TIME_LIMIT_S` the
submission is finished as `internal_error` by a conditional UPDATE, so whatever the
stuck grading does later cannot store a second verdict. (Celery's own time limits
need a prefork pool, which would cost a warm pool per process.)
"""

import contextlib
import logging
import os
import socket
import threading
from collections.abc import Iterator

import redis

from app.bank import load_bank
from app.db import create_db_engine, create_session_factory, init_db, repository
from app.grading.pool import start_pool, stop_pool
from app.grading.result import GradeResult, Verdict
from app.queue.celery_queue import QUEUES, TASK_NAME, make_celery, send_grading
from app.queue.janitor import Janitor
from app.queue.job import process_submission
from app.queue.registry import Registry, WorkerInfo
from app.settings import Settings
from sandbox.device import detect_device

log = logging.getLogger(__name__)


class GradingWorker:
    def __init__(self, settings: Settings, queues: list[str], concurrency: int) -> None:
        assert settings.redis_url is not None
        unknown = sorted(set(queues) - set(QUEUES))
        if unknown:
            raise ValueError(f"unknown queue(s) {unknown}; the queues are {QUEUES}")
        self.settings = settings
        self.queues = queues
        self.concurrency = concurrency
        self.bank = load_bank(*settings.exercise_dirs)
        engine = create_db_engine(settings)
        init_db(engine)
        self.session_factory = create_session_factory(engine)
        self.registry = Registry(redis.Redis.from_url(settings.redis_url), settings.heartbeat_s)
        device = detect_device() if settings.device == "auto" else settings.device
        self.info = WorkerInfo(
            name=f"{'+'.join(queues)}@{socket.gethostname()}:{os.getpid()}",
            hostname=socket.gethostname(),
            pid=os.getpid(),
            queues=queues,
            device=device,
            concurrency=concurrency,
        )
        self.janitor = Janitor(
            session_factory=self.session_factory,
            registry=self.registry,
            queues=queues,
            enqueue=lambda sid, eid: send_grading(self.celery, self.bank, sid, eid),
        )
        self.celery = make_celery(settings)
        self.celery.task(name=TASK_NAME)(self.grade)
        self._grading: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def grade(self, submission_id: str) -> None:
        """The task. A lease is taken before the claim, so that a worker dying at any
        point leaves either a queued row or a running one whose lease runs out."""
        with self._holding(submission_id):
            watchdog = threading.Timer(
                self.settings.task_time_limit_s, self._abandon, [submission_id]
            )
            watchdog.daemon = True
            watchdog.start()
            try:
                finished = process_submission(
                    submission_id,
                    session_factory=self.session_factory,
                    bank=self.bank,
                    settings=self.settings,
                )
            finally:
                watchdog.cancel()
        if finished:
            self.registry.publish_finished(submission_id)

    @contextlib.contextmanager
    def _holding(self, submission_id: str) -> Iterator[None]:
        with self._lock:
            self._grading.add(submission_id)
        self.registry.hold(submission_id, self.info)
        try:
            yield
        finally:
            with self._lock:
                self._grading.discard(submission_id)
            with contextlib.suppress(redis.RedisError):
                self.registry.release(submission_id)

    def _abandon(self, submission_id: str) -> None:
        limit = self.settings.task_time_limit_s
        result = GradeResult(
            verdict=Verdict.internal_error,
            message=f"grading took longer than the hard limit of {limit:g} s and was "
            "abandoned; this is a server problem, not your code: please submit again",
        )
        with self.session_factory.begin() as session:
            stored = repository.finish_submission(session, submission_id, result)
        if stored:
            log.error("submission %s passed the hard limit of %g s", submission_id, limit)
            self.registry.publish_finished(submission_id)

    def _beat(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                grading = list(self._grading)
            try:
                self.registry.announce(self.info, grading)
                self.janitor.sweep()
            except Exception as exc:  # Redis or the database away: try again next beat
                log.warning("heartbeat failed: %s", exc)
            self._stop.wait(self.settings.heartbeat_s)

    def run(self) -> None:
        pool = start_pool(self.settings)
        beat = threading.Thread(target=self._beat, name="drill-heartbeat", daemon=True)
        beat.start()
        log.info(
            "drill worker %s: queues %s, concurrency %d, device %s",
            self.info.name, ",".join(self.queues), self.concurrency, self.info.device,
        )  # fmt: skip
        try:
            self.celery.Worker(
                queues=self.queues,
                concurrency=self.concurrency,
                pool="threads",
                hostname=self.info.name,
                loglevel="INFO",
                without_gossip=True,
                without_mingle=True,
            ).start()
        finally:
            self._stop.set()
            beat.join(timeout=5)
            with contextlib.suppress(redis.RedisError):
                self.registry.forget(self.info)
            stop_pool(pool)
