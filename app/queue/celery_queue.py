"""The Celery transport: the API enqueues submission ids on Redis, `drill worker`s grade.

Settings chosen against Celery's known loss and duplicate modes on Redis:

- late acknowledgement (`task_acks_late`, `task_reject_on_worker_lost`) with prefetch 1:
  a message is acknowledged only after its grading is stored, and a worker holds at most
  one it has not started (celery#7924: prefetched messages die with a killed worker);
- `visibility_timeout` above the hard limit of a grading, so Redis never hands a grading
  that is still running to a second worker (celery#5935, #6229); no ETA or countdown
  tasks, which the visibility timeout would redeliver in a loop (celery#3270, #5306);
- every duplicate delivery that remains (a redelivery after a worker death, a message
  re-sent by the janitor, an ack lost with the connection) meets an idempotent claim:
  `queued -> running` is a conditional UPDATE, so exactly one delivery grades;
- every loss that remains (Redis restarted without its append-only file, Redis down at
  submit time, a message dropped by eviction where `noeviction` was not set) is found
  by the janitor from the database, which is the source of truth.

Task ids are submission ids, which lets the janitor look for a submission's message.
"""

import logging
import threading
from collections.abc import Callable

import redis
from celery import Celery
from kombu.exceptions import OperationalError

from app.bank import Exercise
from app.queue.base import NoGpuWorker
from app.queue.janitor import Janitor
from app.queue.registry import FINISHED_CHANNEL, Registry, WorkerInfo
from app.settings import Settings

log = logging.getLogger(__name__)

TASK_NAME = "drill.grade"
QUEUES = ["cpu", "gpu"]


def make_celery(settings: Settings) -> Celery:
    app = Celery("drill", broker=settings.redis_url, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        task_default_queue="cpu",
        broker_transport_options={"visibility_timeout": settings.visibility_timeout_s},
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        worker_cancel_long_running_tasks_on_connection_loss=False,
        # A request must not hang on a dead broker: the submission is stored, and the
        # janitor sends its message once Redis is back.
        task_publish_retry_policy={"max_retries": 1, "interval_start": 0.1, "interval_max": 0.2},
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app


def queue_for(exercise: Exercise | None) -> str:
    return "gpu" if exercise is not None and exercise.meta.needs_gpu else "cpu"


def send_grading(
    celery: Celery, bank: dict[str, Exercise], submission_id: str, exercise_id: str
) -> None:
    celery.send_task(
        TASK_NAME,
        args=[submission_id],
        task_id=submission_id,
        queue=queue_for(bank.get(exercise_id)),
    )


class CeleryQueue:
    """The API side: enqueue, sweep for strays, and hear about finished submissions."""

    kind = "celery"

    def __init__(
        self,
        *,
        settings: Settings,
        bank: dict[str, Exercise],
        janitor_factory: Callable[[Registry, Callable[[str, str], None]], Janitor],
        on_finished: Callable[[str], None] = lambda _id: None,
    ) -> None:
        assert settings.redis_url is not None
        self._settings = settings
        self._bank = bank
        self._on_finished = on_finished
        self.celery = make_celery(settings)
        self.client = redis.Redis.from_url(
            settings.redis_url, socket_timeout=5, socket_connect_timeout=2
        )
        self.registry = Registry(self.client, settings.heartbeat_s)
        self.janitor = janitor_factory(self.registry, self._send)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def workers(self) -> int:
        """Gradings that can run at once: the live workers' concurrency, summed."""
        try:
            return sum(w.concurrency for w in self.registry.live_workers())
        except redis.RedisError:
            return 0

    def live_workers(self) -> list[WorkerInfo]:
        return self.registry.live_workers()

    def start(self) -> None:
        self._stop.clear()
        for target, name in ((self._sweep_forever, "janitor"), (self._listen, "finished")):
            thread = threading.Thread(target=target, name=f"drill-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads.clear()

    def check_can_grade(self, exercise: Exercise) -> None:
        """Refuse a GPU exercise at submit time when no GPU worker is alive."""
        if queue_for(exercise) != "gpu":
            return
        try:
            alive = any("gpu" in w.queues for w in self.registry.live_workers())
        except redis.RedisError:
            return  # the broker is down: accept, the janitor enqueues it later
        if not alive:
            raise NoGpuWorker(
                f"exercise '{exercise.id}' needs a GPU and no GPU worker is running; "
                "start one with `drill worker --queues gpu` and submit again"
            )

    def enqueue(self, submission_id: str, exercise_id: str) -> None:
        """Send the grading message; a broker that is down is logged, not raised: the
        submission is stored and the janitor sends it once Redis answers again."""
        try:
            self._send(submission_id, exercise_id)
        except (OperationalError, redis.RedisError, OSError) as exc:
            log.warning("broker unavailable, submission %s waits for the janitor: %s",
                        submission_id, exc)  # fmt: skip

    def _send(self, submission_id: str, exercise_id: str) -> None:
        send_grading(self.celery, self._bank, submission_id, exercise_id)

    def _sweep_forever(self) -> None:
        while not self._stop.is_set():
            try:
                self.janitor.sweep()
            except Exception as exc:  # Redis or the database away: try again next beat
                log.warning("janitor sweep failed: %s", exc)
            self._stop.wait(self._settings.heartbeat_s)

    def _listen(self) -> None:
        """Workers publish each finished submission; wake `?wait=` requests on it."""
        while not self._stop.is_set():
            try:
                pubsub = self.client.pubsub(ignore_subscribe_messages=True)
                pubsub.subscribe(FINISHED_CHANNEL)
                while not self._stop.is_set():
                    message = pubsub.get_message(timeout=0.5)
                    if message is not None:
                        self._on_finished(message["data"].decode())
            except redis.RedisError as exc:
                log.warning("lost the finished-submissions channel: %s", exc)
                self._stop.wait(1.0)
