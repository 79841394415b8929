"""The submission queries, on SQLite and on PostgreSQL alike."""

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker

from app.db import create_db_engine, create_session_factory, init_db
from app.db import repository as repo
from app.db.models import SubmissionStatus
from app.grading.result import GradeResult, Mode, TestResult, TestStatus, Timings, Verdict
from app.settings import Settings

T0 = datetime(2030, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)


@pytest.fixture
def sessions(database_url: str, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = create_db_engine(Settings(data_dir=tmp_path / "data", database_url=database_url))
    init_db(engine)
    try:
        yield create_session_factory(engine)
    finally:
        engine.dispose()


def add(sessions: sessionmaker[Session], code: str = "x = 1", at: datetime | None = None) -> str:
    with sessions.begin() as session:
        return repo.create_submission(
            session, exercise_id="group_and_average", mode=Mode.run, code=code, now=at
        ).id


def status_of(sessions: sessionmaker[Session], submission_id: str) -> str:
    with sessions() as session:
        row = repo.get_submission(session, submission_id)
        assert row is not None
        return row.status


def test_created_submission_reads_back_queued_with_utc_time(sessions) -> None:
    code = "print('héllo ✓')\n# 日本語\n"
    submission_id = add(sessions, code=code, at=T0)
    with sessions() as session:
        row = repo.get_submission(session, submission_id)
    assert row is not None
    assert (row.exercise_id, row.mode, row.status, row.verdict) == (
        "group_and_average",
        "run",
        "queued",
        None,
    )
    assert row.code == code
    assert row.created_at == T0
    assert row.created_at.utcoffset() == timedelta(0)
    assert row.started_at is None and row.finished_at is None
    assert (row.tests, row.benchmarks, row.timings) == ([], [], {})


def test_get_unknown_submission_is_none(sessions) -> None:
    with sessions() as session:
        assert repo.get_submission(session, "00000000-0000-0000-0000-000000000000") is None


def test_naive_datetimes_are_refused(sessions) -> None:
    with pytest.raises(StatementError, match="naive datetime"):
        add(sessions, at=datetime(2030, 1, 1))


def test_a_submission_is_claimed_exactly_once(sessions) -> None:
    submission_id = add(sessions)
    wins: list[bool] = []
    barrier = threading.Barrier(6)

    def claim() -> None:
        barrier.wait()
        with sessions.begin() as session:
            wins.append(repo.claim_queued(session, submission_id))

    threads = [threading.Thread(target=claim) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(wins) == [False] * 5 + [True]
    assert status_of(sessions, submission_id) == "running"


def test_finish_stores_the_result_of_a_running_submission(sessions) -> None:
    submission_id = add(sessions)
    result = GradeResult(
        verdict=Verdict.wrong_answer,
        message="1 of 2 tests failed",
        tests=[
            TestResult(name="test_a", status=TestStatus.passed, hidden=False, duration_ms=1.5),
            TestResult(name="test_b", status=TestStatus.failed, hidden=True, message="got 2"),
        ],
        stdout="out",
        stderr="err",
        timings=Timings(queued_ms=1.0, run_ms=20.0, cpu_ms=10.0, peak_memory_mb=8.5),
    )
    with sessions.begin() as session:
        assert not repo.finish_submission(session, submission_id, result), "still queued"
    with sessions.begin() as session:
        assert repo.claim_queued(session, submission_id, now=T0)
    with sessions.begin() as session:
        assert repo.finish_submission(session, submission_id, result, now=T0 + timedelta(1))
    with sessions.begin() as session:
        assert not repo.finish_submission(session, submission_id, result), "already done"

    with sessions() as session:
        row = repo.get_submission(session, submission_id)
    assert row is not None
    assert (row.status, row.verdict, row.message) == ("done", "wrong_answer", result.message)
    assert [TestResult.model_validate(t) for t in row.tests] == result.tests
    assert Timings.model_validate(row.timings) == result.timings
    assert (row.stdout, row.stderr) == ("out", "err")
    assert (row.started_at, row.finished_at) == (T0, T0 + timedelta(1))


def test_output_with_nul_and_lone_surrogates_is_stored(sessions) -> None:
    """PostgreSQL refuses NUL in text; user code can print anything."""
    submission_id = add(sessions)
    with sessions.begin() as session:
        repo.claim_queued(session, submission_id)
    result = GradeResult(
        verdict=Verdict.runtime_error,
        message="bad \x00 byte",
        stdout="a\x00b",
        stderr="c\ud800d",
        tests=[TestResult(name="t", status=TestStatus.error, hidden=False, message="\x00")],
    )
    with sessions.begin() as session:
        assert repo.finish_submission(session, submission_id, result)
    with sessions() as session:
        row = repo.get_submission(session, submission_id)
    assert row is not None
    assert (row.stdout, row.stderr, row.message) == ("a\ufffdb", "c?d", "bad \ufffd byte")
    assert row.tests[0]["message"] == "\ufffd"


def test_unfinished_are_listed_oldest_first_and_running_reset(sessions) -> None:
    newest = add(sessions, at=T0 + timedelta(seconds=2))
    oldest = add(sessions, at=T0)
    middle = add(sessions, at=T0 + timedelta(seconds=1))
    finished = add(sessions, at=T0 - timedelta(seconds=1))
    with sessions.begin() as session:
        assert repo.claim_queued(session, finished)
        repo.finish_submission(session, finished, GradeResult(verdict=Verdict.accepted))
        assert repo.claim_queued(session, middle)

    with sessions() as session:
        assert [s.id for s in repo.list_unfinished(session)] == [oldest, middle, newest]
        assert repo.count_by_status(session) == {
            SubmissionStatus.queued: 2,
            SubmissionStatus.running: 1,
            SubmissionStatus.done: 1,
        }
    with sessions.begin() as session:
        assert repo.reset_running(session) == 1
    assert status_of(sessions, middle) == "queued"
    with sessions() as session:
        assert repo.count_by_status(session)[SubmissionStatus.running] == 0
        middle_row = repo.get_submission(session, middle)
        assert middle_row is not None and middle_row.started_at is None
