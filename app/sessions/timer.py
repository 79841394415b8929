"""The interview clock: started, paused and extended by the interviewer."""

from datetime import datetime

from app.db.models import InterviewSession


def remaining_s(session: InterviewSession, now: datetime) -> float:
    return max(0.0, session.duration_s + session.extended_s - used_s(session, now))


def used_s(session: InterviewSession, now: datetime) -> float:
    running = (now - session.timer_started_at).total_seconds() if session.timer_started_at else 0
    return session.timer_used_s + max(0.0, running)


def start(session: InterviewSession, now: datetime) -> None:
    if session.timer_started_at is None:
        session.timer_started_at = now


def pause(session: InterviewSession, now: datetime) -> None:
    if session.timer_started_at is not None:
        session.timer_used_s = used_s(session, now)
        session.timer_started_at = None


def extend(session: InterviewSession, minutes: int) -> None:
    session.extended_s += minutes * 60
