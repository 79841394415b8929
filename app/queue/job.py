"""Grading one stored submission: claim it, grade it, store the result.

Transport-agnostic on purpose: the embedded pool calls this from a thread and a
Celery worker will call the same function, so both modes grade identically.
"""

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from app.bank import Exercise
from app.db import repository
from app.db.models import utc_now
from app.grading import grade
from app.grading.result import GradeResult, Mode, Verdict
from app.logging_setup import submission_context
from app.settings import Settings

log = logging.getLogger(__name__)

Grader = Callable[[Exercise, str, Mode, Settings], GradeResult]


def process_submission(
    submission_id: str,
    *,
    session_factory: sessionmaker[Session],
    bank: dict[str, Exercise],
    settings: Settings,
    grader: Grader = grade,
) -> bool:
    """Grade `submission_id` if it is still queued; True when this call finished it.

    Whatever the grader does, the submission ends `done`: an unexpected exception
    becomes an `internal_error` verdict instead of a row stuck `running`. Only a
    database failure while storing leaves it `running`, for start-up recovery.
    """
    with submission_context(submission_id):
        return _process(submission_id, session_factory, bank, settings, grader)


def _process(
    submission_id: str,
    session_factory: sessionmaker[Session],
    bank: dict[str, Exercise],
    settings: Settings,
    grader: Grader,
) -> bool:
    started_at = utc_now()
    with session_factory.begin() as session:
        if not repository.claim_queued(session, submission_id, now=started_at):
            return False  # already claimed, finished, or unknown
        submission = repository.get_submission(session, submission_id)
        assert submission is not None
        exercise_id, code, created_at = (
            submission.exercise_id,
            submission.code,
            submission.created_at,
        )
        mode = Mode(submission.mode)

    result = _grade_safely(
        submission_id, bank.get(exercise_id), exercise_id, code, mode, settings, grader
    )
    result.timings.queued_ms = _ms_between(created_at, started_at)

    with session_factory.begin() as session:
        stored = repository.finish_submission(session, submission_id, result)
    log.info(
        "graded %s %s: %s in %s ms", mode.value, exercise_id, result.verdict.value,
        result.timings.run_ms,
    )  # fmt: skip
    if not stored:
        log.warning("submission %s was no longer running when its result arrived", submission_id)
    return stored


def _grade_safely(
    submission_id: str,
    exercise: Exercise | None,
    exercise_id: str,
    code: str,
    mode: Mode,
    settings: Settings,
    grader: Grader,
) -> GradeResult:
    if exercise is None:
        return GradeResult(
            verdict=Verdict.internal_error,
            message=f"exercise '{exercise_id}' is no longer in the exercise bank; "
            "the submission cannot be graded",
        )
    try:
        return grader(exercise, code, mode, settings)
    except Exception:
        log.exception("grading submission %s failed unexpectedly", submission_id)
        return GradeResult(
            verdict=Verdict.internal_error,
            message="the grader failed unexpectedly; this is a server problem, not your code. "
            "Please submit again or report it.",
        )


def _ms_between(start: datetime, end: datetime) -> float:
    return max(0.0, round((end - start).total_seconds() * 1000, 3))
