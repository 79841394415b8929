"""Liveness, plus what the queue and the database look like right now."""

import logging
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import redis
from fastapi import APIRouter, Response
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import BankDep, QueueDep, SessionFactoryDep, SettingsDep
from app.api.schemas import Health, QueueHealth, WorkerOut
from app.db import repository
from app.db.models import SubmissionStatus
from app.queue import GradingQueue
from app.queue.celery_queue import QUEUES, CeleryQueue

log = logging.getLogger(__name__)
router = APIRouter(tags=["health"])


def _version() -> str:
    try:
        return version("drill")
    except PackageNotFoundError:
        return "unknown"


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"model": Health, "description": "The database or Redis is unreachable."}},
)
def health(
    response: Response,
    bank: BankDep,
    queue: QueueDep,
    session_factory: SessionFactoryDep,
    settings: SettingsDep,
) -> Health:
    queued: int | None = None
    running: int | None = None
    try:
        with session_factory() as session:
            counts = repository.count_by_status(session)
        queued, running = counts[SubmissionStatus.queued], counts[SubmissionStatus.running]
    except SQLAlchemyError:
        log.exception("health check: database query failed")
        response.status_code = 503
    database_ok = queued is not None
    queue_health = QueueHealth(
        kind=queue.kind,
        workers=queue.workers,
        queued=queued,
        running=running,
        max_queued=settings.max_queue_depth,
        **_broker(queue),
    )
    healthy = database_ok and queue_health.broker != "error"
    if not healthy:
        response.status_code = 503
    return Health(
        status="ok" if healthy else "degraded",
        version=_version(),
        exercises=len(bank),
        queue=queue_health,
        database="ok" if database_ok else "error",
    )


def _broker(queue: GradingQueue) -> dict[str, Any]:
    """What the Celery transport adds: Redis's state, its messages, the live workers."""
    if not isinstance(queue, CeleryQueue):
        return {}
    try:
        messages = {name: int(queue.client.llen(name)) for name in QUEUES}
        workers = [WorkerOut(**asdict(w)) for w in queue.live_workers()]
    except redis.RedisError:
        log.warning("health check: Redis unreachable")
        return {"broker": "error"}
    return {"broker": "ok", "broker_messages": messages, "live_workers": workers}
