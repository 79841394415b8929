"""The queries on submissions, each a small function taking an open `Session`.

State changes are single conditional UPDATEs (`... WHERE status = 'queued'`), so
when several threads or processes race for the same row exactly one wins, without
row locks and on both SQLite and PostgreSQL. Callers own the transaction
(`with session_factory.begin() as session: ...`).
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.models import Submission, SubmissionStatus, utc_now
from app.grading.result import GradeResult, Mode


def create_submission(
    session: Session, *, exercise_id: str, mode: Mode, code: str, now: datetime | None = None
) -> Submission:
    """Store a new queued submission; it must be stored before it is queued."""
    submission = Submission(
        exercise_id=exercise_id,
        mode=mode.value,
        status=SubmissionStatus.queued.value,
        code=code,
        created_at=now or utc_now(),
        tests=[],
        benchmarks=[],
        timings={},
    )
    session.add(submission)
    session.flush()
    return submission


def get_submission(session: Session, submission_id: str) -> Submission | None:
    return session.get(Submission, submission_id)


def claim_queued(session: Session, submission_id: str, now: datetime | None = None) -> bool:
    """Move one submission from queued to running; False if someone else got it first."""
    result = session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.status == SubmissionStatus.queued.value)
        .values(status=SubmissionStatus.running.value, started_at=now or utc_now())
        .execution_options(synchronize_session=False)
    )
    return _rowcount(result) == 1


def finish_submission(
    session: Session, submission_id: str, result: GradeResult, now: datetime | None = None
) -> bool:
    """Store the result of a running submission; False if it was not running any more."""
    data = _storable(result.model_dump(mode="json"))
    outcome = session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.status == SubmissionStatus.running.value)
        .values(
            status=SubmissionStatus.done.value,
            verdict=data["verdict"],
            message=data["message"],
            tests=data["tests"],
            benchmarks=data["benchmarks"],
            stdout=data["stdout"],
            stderr=data["stderr"],
            timings=data["timings"],
            finished_at=now or utc_now(),
        )
        .execution_options(synchronize_session=False)
    )
    return _rowcount(outcome) == 1


def list_unfinished(session: Session) -> Sequence[Submission]:
    """Queued and running submissions, oldest first (the order they were accepted)."""
    return session.scalars(
        select(Submission)
        .where(
            Submission.status.in_([SubmissionStatus.queued.value, SubmissionStatus.running.value])
        )
        .order_by(Submission.created_at, Submission.id)
    ).all()


def reset_running(session: Session) -> int:
    """Put submissions a crashed process left `running` back in the queue.

    Only safe when no other process is grading from the same database, which holds
    for the embedded queue (one server owns its database).
    """
    result = session.execute(
        update(Submission)
        .where(Submission.status == SubmissionStatus.running.value)
        .values(status=SubmissionStatus.queued.value, started_at=None)
        .execution_options(synchronize_session=False)
    )
    return _rowcount(result)


def queue_position(session: Session, submission: Submission) -> int:
    """How many queued submissions were accepted before this one (its place in line)."""
    ahead = session.scalar(
        select(func.count())
        .select_from(Submission)
        .where(
            Submission.status == SubmissionStatus.queued.value,
            Submission.created_at < submission.created_at,
        )
    )
    return int(ahead or 0)


def requeue_running(session: Session, submission_id: str) -> bool:
    """Put one orphaned running submission back in the queue (its worker died)."""
    result = session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.status == SubmissionStatus.running.value)
        .values(status=SubmissionStatus.queued.value, started_at=None)
        .execution_options(synchronize_session=False)
    )
    return _rowcount(result) == 1


def count_by_verdict(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(Submission.verdict, func.count())
        .where(Submission.verdict.is_not(None))
        .group_by(Submission.verdict)
    ).all()
    return {verdict: count for verdict, count in rows}


def count_by_status(session: Session) -> dict[SubmissionStatus, int]:
    rows = session.execute(
        select(Submission.status, func.count()).group_by(Submission.status)
    ).all()
    counts = dict.fromkeys(SubmissionStatus, 0)
    for status, count in rows:
        counts[SubmissionStatus(status)] = count
    return counts


def _rowcount(result: Any) -> int:
    return int(result.rowcount)


def _storable(value: Any) -> Any:
    """Make output text storable everywhere.

    User code can print NUL characters and lone surrogates; PostgreSQL refuses the
    first in text columns and no UTF-8 encoder accepts the second. Replace both
    rather than lose the whole result to a database error.
    """
    if isinstance(value, str):
        if "\x00" in value:
            value = value.replace("\x00", "\ufffd")
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, list):
        return [_storable(item) for item in value]
    if isinstance(value, dict):
        return {key: _storable(item) for key, item in value.items()}
    return value
