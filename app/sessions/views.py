"""What each role sees of a session, and the report made from it afterwards."""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.api.routes.exercises import detail_of
from app.api.schemas import SubmissionOut
from app.api.session_schemas import (
    ReferenceOut,
    ReportExercise,
    ReportOut,
    SessionOut,
    TimerOut,
)
from app.bank import Exercise
from app.db.models import InterviewSession, SessionSubmission, Submission, utc_now
from app.sessions import timer
from app.sessions.access import Role
from app.sessions.documents import SessionDocuments
from app.settings import Settings


def redact_hidden(submission: SubmissionOut) -> SubmissionOut:
    """The candidate's copy of a result: hidden tests keep their outcome, not their name
    or message (which can show the expected value)."""
    tests, n = [], 0
    for test in submission.tests:
        if test.hidden:
            n += 1
            test = test.model_copy(update={"name": f"hidden test {n}", "message": ""})
        tests.append(test)
    return submission.model_copy(update={"tests": tests})


def session_submissions(
    session_factory: sessionmaker[Session], session_id: str
) -> list[SubmissionOut]:
    with session_factory() as db:
        rows = db.scalars(
            select(Submission)
            .join(SessionSubmission, SessionSubmission.submission_id == Submission.id)
            .where(SessionSubmission.session_id == session_id)
            .order_by(Submission.created_at)
        ).all()
        return [SubmissionOut.of(row) for row in rows]


def session_of_submission(session_factory: sessionmaker[Session], submission_id: str) -> str | None:
    with session_factory() as db:
        link = db.get(SessionSubmission, submission_id)
        return link.session_id if link else None


def session_view(
    row: InterviewSession,
    role: Role,
    bank: dict[str, Exercise],
    settings: Settings,
    session_factory: sessionmaker[Session],
) -> SessionOut:
    now = utc_now()
    remaining = timer.remaining_s(row, now)
    running = row.timer_started_at is not None and remaining > 0
    submissions = session_submissions(session_factory, row.id)
    interviewer = role == Role.interviewer
    if not interviewer:
        submissions = [redact_hidden(s) for s in submissions]
    exercises = [bank[i] for i in row.exercise_ids if i in bank]
    return SessionOut(
        id=row.id,
        role=role.value,
        status=row.status,
        exercise_ids=row.exercise_ids,
        current_index=row.current_index,
        duration_minutes=row.duration_s // 60,
        timer=TimerOut(
            running=running,
            remaining_s=round(remaining, 1),
            started_at=row.timer_started_at,
            ends_at=now + timedelta(seconds=remaining) if running else None,
        ),
        exercises=[detail_of(e, settings) for e in exercises],
        submissions=submissions,
        notes=row.notes if interviewer else None,
        references=[
            ReferenceOut(
                exercise_id=e.id, reference_code=e.reference_code, notes_markdown=e.notes_markdown
            )
            for e in exercises
        ]
        if interviewer
        else None,
        created_at=row.created_at,
        ended_at=row.ended_at,
    )


def report_of(
    row: InterviewSession,
    bank: dict[str, Exercise],
    settings: Settings,
    session_factory: sessionmaker[Session],
    documents: SessionDocuments,
) -> ReportOut:
    view = session_view(row, Role.interviewer, bank, settings, session_factory)
    exercises = []
    for exercise_id in row.exercise_ids:
        code, events = documents.final_state(row.id, exercise_id)
        exercise = bank.get(exercise_id)
        exercises.append(
            ReportExercise(
                exercise_id=exercise_id,
                title=exercise.meta.title if exercise else exercise_id,
                final_code=code,
                pastes=sum(1 for e in events if isinstance(e, dict) and e.get("kind") == "paste"),
                submissions=[s for s in view.submissions if s.exercise_id == exercise_id],
            )
        )
    return ReportOut(session=view, exercises=exercises, notes=row.notes)


def report_markdown(report: ReportOut) -> str:
    session = report.session
    lines = [
        f"# Interview report: session {session.id}",
        "",
        f"- status: {session.status}; created {session.created_at:%Y-%m-%d %H:%M} UTC",
        f"- duration: {session.duration_minutes} min",
        "",
    ]
    for exercise in report.exercises:
        lines += [f"## {exercise.title} (`{exercise.exercise_id}`)", ""]
        lines += [f"Pastes recorded: {exercise.pastes}", "", "Final code:", "", "```python"]
        lines += [exercise.final_code.rstrip(), "```", ""]
        lines += ["| submission | mode | verdict | run ms |", "|---|---|---|---|"]
        for s in exercise.submissions:
            lines.append(
                f"| {s.created_at:%H:%M:%S} | {s.mode} | {s.verdict or s.status} "
                f"| {s.timings.run_ms or ''} |"
            )
        lines.append("")
    lines += ["## Notes", "", report.notes or "(none)", ""]
    return "\n".join(lines)
