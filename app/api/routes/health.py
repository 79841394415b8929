"""Liveness, plus what the queue and the database look like right now."""

import logging
from importlib.metadata import PackageNotFoundError, version

from fastapi import APIRouter, Response
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import BankDep, QueueDep, SessionFactoryDep
from app.api.schemas import Health, QueueHealth
from app.db import repository
from app.db.models import SubmissionStatus

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
    responses={503: {"model": Health, "description": "The database is unreachable."}},
)
def health(
    response: Response, bank: BankDep, queue: QueueDep, session_factory: SessionFactoryDep
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
    return Health(
        status="ok" if database_ok else "degraded",
        version=_version(),
        exercises=len(bank),
        queue=QueueHealth(kind=queue.kind, workers=queue.workers, queued=queued, running=running),
        database="ok" if database_ok else "error",
    )
