"""The in-process worker pool: grading, failure handling and restart recovery."""

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from support import reference_code, wait_until

from app.bank import Exercise, load_bank
from app.db import create_db_engine, create_session_factory, init_db
from app.db import repository as repo
from app.db.models import Submission
from app.grading.result import GradeResult, Mode
from app.queue import EmbeddedQueue, QueueUnavailable
from app.queue.job import process_submission
from app.settings import Settings

T0 = datetime(2020, 1, 1, tzinfo=UTC)  # in the past: they have been waiting


@pytest.fixture(scope="module")
def bank() -> dict[str, Exercise]:
    return load_bank(Settings().exercises_dir)


@pytest.fixture
def storage(
    make_settings: Callable[..., Settings], database_url: str
) -> Iterator[tuple[Settings, sessionmaker[Session]]]:
    settings = make_settings(database_url=database_url, workers=1)
    engine: Engine = create_db_engine(settings)
    init_db(engine)
    try:
        yield settings, create_session_factory(engine)
    finally:
        engine.dispose()


def add(sessions: sessionmaker[Session], exercise_id: str, code: str, at: datetime) -> str:
    with sessions.begin() as session:
        return repo.create_submission(
            session, exercise_id=exercise_id, mode=Mode.run, code=code, now=at
        ).id


def rows(sessions: sessionmaker[Session], ids: list[str]) -> list[Submission]:
    with sessions() as session:
        found = [repo.get_submission(session, i) for i in ids]
    assert all(row is not None for row in found)
    return found  # type: ignore[return-value]


def test_submissions_left_over_at_start_up_are_graded_oldest_first(storage, bank) -> None:
    settings, sessions = storage
    correct = add(sessions, "group_and_average", reference_code("group_and_average"), T0)
    wrong = add(
        sessions,
        "group_and_average",
        "def group_and_average(r, **k):\n    return {}\n",
        T0 + timedelta(seconds=1),
    )
    interrupted = add(sessions, "group_and_average", "x = (", T0 + timedelta(seconds=2))
    with sessions.begin() as session:  # a previous process died while grading this one
        assert repo.claim_queued(session, interrupted)

    finished: list[str] = []
    queue = EmbeddedQueue(
        session_factory=sessions, bank=bank, settings=settings, on_finished=finished.append
    )
    queue.start()
    try:
        wait_until(lambda: len(finished) == 3, 120, "the three submissions to be graded")
    finally:
        queue.stop()

    assert finished == [correct, wrong, interrupted], "one worker takes them oldest first"
    graded = rows(sessions, [correct, wrong, interrupted])
    assert [r.status for r in graded] == ["done"] * 3
    assert [r.verdict for r in graded] == ["accepted", "wrong_answer", "syntax_error"]
    assert all(r.finished_at is not None and r.finished_at > r.created_at for r in graded)
    assert all(r.timings["queued_ms"] > 0 for r in graded)


def test_an_exception_in_the_grader_becomes_internal_error(make_settings, bank) -> None:
    settings = make_settings(workers=1)
    engine = create_db_engine(settings)
    init_db(engine)
    sessions = create_session_factory(engine)

    def broken_grader(exercise, code, mode, settings) -> GradeResult:
        raise RuntimeError("disk on fire")

    finished: list[str] = []
    queue = EmbeddedQueue(
        session_factory=sessions,
        bank=bank,
        settings=settings,
        on_finished=finished.append,
        grader=broken_grader,
    )
    queue.start()
    try:
        submission_id = add(sessions, "group_and_average", "x = 1", T0)
        queue.enqueue(submission_id)
        wait_until(lambda: finished, 30, "the submission to finish")
        [row] = rows(sessions, [submission_id])
    finally:
        queue.stop()
        engine.dispose()
    assert (row.status, row.verdict) == ("done", "internal_error")
    assert "server problem" in row.message
    assert "disk on fire" not in row.message, "internals stay in the log"


def test_an_exercise_gone_from_the_bank_ends_as_internal_error(make_settings, bank) -> None:
    settings = make_settings()
    engine = create_db_engine(settings)
    init_db(engine)
    sessions = create_session_factory(engine)
    try:
        submission_id = add(sessions, "retired_exercise", "x = 1", T0)
        assert process_submission(
            submission_id, session_factory=sessions, bank=bank, settings=settings
        )
        [row] = rows(sessions, [submission_id])
    finally:
        engine.dispose()
    assert (row.status, row.verdict) == ("done", "internal_error")
    assert "retired_exercise" in row.message


def test_a_submission_already_claimed_is_not_graded_again(make_settings, bank) -> None:
    settings = make_settings()
    engine = create_db_engine(settings)
    init_db(engine)
    sessions = create_session_factory(engine)
    calls: list[str] = []

    def counting_grader(exercise, code, mode, settings) -> GradeResult:
        calls.append(code)
        raise AssertionError("must not be called")

    try:
        submission_id = add(sessions, "group_and_average", "x = 1", T0)
        with sessions.begin() as session:
            repo.claim_queued(session, submission_id)
        assert not process_submission(
            submission_id,
            session_factory=sessions,
            bank=bank,
            settings=settings,
            grader=counting_grader,
        )
        [row] = rows(sessions, [submission_id])
    finally:
        engine.dispose()
    assert calls == []
    assert row.status == "running"


def test_a_stopped_queue_refuses_work_and_keeps_it_queued(make_settings, bank) -> None:
    settings = make_settings()
    engine = create_db_engine(settings)
    init_db(engine)
    sessions = create_session_factory(engine)
    queue = EmbeddedQueue(session_factory=sessions, bank=bank, settings=settings)
    try:
        submission_id = add(sessions, "group_and_average", "x = 1", T0)
        with pytest.raises(QueueUnavailable):
            queue.enqueue(submission_id)
        queue.start()
        queue.stop()
        with pytest.raises(QueueUnavailable):
            queue.enqueue(submission_id)
        [row] = rows(sessions, [submission_id])
    finally:
        engine.dispose()
    assert row.status in ("queued", "done"), "start() recovered it; it is never lost"
