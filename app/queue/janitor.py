"""Finds submissions the database says are unfinished but nobody is working on.

Two kinds of strays, both re-enqueued (a duplicate message is harmless: claiming is
a conditional UPDATE, so only one delivery ever grades a submission):

- queued, but no message for it in the broker: lost with a Redis that restarted
  without its append-only file, or never sent because Redis was down at submit time;
- running, but no worker holds a lease on it: its worker died (SIGKILL, OOM, power).
  A lease must be missing on two sweeps in a row, so a Redis restart, which drops
  leases until the next heartbeat renews them, does not re-grade live work.

Every API process and every worker sweeps at start-up and then every heartbeat.
"""

import json
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import redis
from sqlalchemy.orm import Session, sessionmaker

from app.db import repository
from app.db.models import SubmissionStatus, utc_now
from app.queue.registry import Registry

log = logging.getLogger(__name__)

UNACKED_KEY = "unacked"  # kombu's Redis transport: messages delivered, not yet acked
QUEUED_GRACE = timedelta(seconds=5)  # a message may be on its way to the broker


def task_ids_in_broker(client: redis.Redis, queues: list[str]) -> set[str]:
    """Ids of the grading tasks waiting in `queues` or delivered but unacknowledged.
    Task ids are submission ids (app/queue/celery_queue.py)."""
    found: set[str] = set()
    for queue in queues:
        for raw in client.lrange(queue, 0, -1):
            found.add(_task_id(raw))
    for raw in client.hvals(UNACKED_KEY):  # [message, exchange, routing key]
        found.add(_task_id(raw, lambda value: value[0]))
    return found


def _task_id(raw: bytes | str, unwrap: Callable[[Any], Any] = lambda value: value) -> str:
    try:
        return str(unwrap(json.loads(raw))["headers"]["id"])
    except (ValueError, KeyError, TypeError, IndexError):
        return ""


class Janitor:
    def __init__(
        self,
        *,
        session_factory: sessionmaker[Session],
        registry: Registry,
        queues: list[str],
        enqueue: Callable[[str, str], None],
    ) -> None:
        self._session_factory = session_factory
        self._registry = registry
        self._queues = queues
        self._enqueue = enqueue
        self._suspects: set[str] = set()

    def sweep(self) -> int:
        """Re-enqueue every stray; returns how many. Raises redis/database errors."""
        with self._session_factory() as session:
            unfinished = [
                (s.id, s.exercise_id, s.status, s.created_at)
                for s in repository.list_unfinished(session)
            ]
        running = [i for i, _, status, _ in unfinished if status == SubmissionStatus.running]
        orphans = set(running) - self._registry.leased(running)
        confirmed, self._suspects = orphans & self._suspects, orphans - self._suspects
        requeued = []
        for submission_id in sorted(confirmed):
            with self._session_factory.begin() as session:
                if repository.requeue_running(session, submission_id):
                    requeued.append(submission_id)
        in_broker = task_ids_in_broker(self._registry.client, self._queues)
        old_enough = utc_now() - QUEUED_GRACE
        strays = [
            (i, exercise_id)
            for i, exercise_id, status, created in unfinished
            if (status == SubmissionStatus.queued and created < old_enough and i not in in_broker)
            or i in requeued
        ]
        for submission_id, exercise_id in strays:
            log.warning("re-enqueueing stray submission %s", submission_id)
            self._enqueue(submission_id, exercise_id)
        return len(strays)
