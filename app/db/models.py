"""The tables: submissions, and the live interview sessions they may belong to.

One row per graded (or to-be-graded) piece of code. The grading result is stored
as JSON columns shaped like `app.grading.result`, so adding a field to a test or
benchmark result needs no migration.
"""

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.db.types import UTCDateTime


class SubmissionStatus(StrEnum):
    queued = "queued"
    running = "running"
    done = "done"


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_submission_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    pass


class Submission(Base):
    __tablename__ = "submissions"
    # Restart recovery and the health counts both filter on status.
    __table_args__ = (Index("ix_submissions_status_created_at", "status", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_submission_id)
    exercise_id: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=SubmissionStatus.queued.value)
    verdict: Mapped[str | None] = mapped_column(String(32), default=None)
    message: Mapped[str] = mapped_column(Text, default="")
    tests: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    benchmarks: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    stdout: Mapped[str] = mapped_column(Text, default="")
    stderr: Mapped[str] = mapped_column(Text, default="")
    timings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    code: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class SessionStatus(StrEnum):
    active = "active"
    ended = "ended"


class InterviewSession(Base):
    """A live interview: its exercises, its two tokens (hashed), its timer and the
    interviewer's private notes. The shared code itself lives in the session documents
    (app/sessions/documents.py), whose edit history is the replay."""

    __tablename__ = "interview_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_submission_id)
    interviewer_token_hash: Mapped[str] = mapped_column(String(64), index=True)
    candidate_token_hash: Mapped[str] = mapped_column(String(64), index=True)
    exercise_ids: Mapped[list[str]] = mapped_column(JSON)
    current_index: Mapped[int] = mapped_column(default=0)
    duration_s: Mapped[int] = mapped_column()
    extended_s: Mapped[int] = mapped_column(default=0)
    timer_used_s: Mapped[float] = mapped_column(default=0.0)
    timer_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    status: Mapped[str] = mapped_column(String(16), default=SessionStatus.active.value)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class SessionSubmission(Base):
    """Which submissions were made in which session (a table of its own, so that the
    submissions table never needed a migration)."""

    __tablename__ = "session_submissions"

    submission_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(36), index=True)


class ApiKey(Base):
    """A program's key: only its SHA-256 is stored; it is shown once, at creation."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_submission_id)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), index=True)
    scopes: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class KeySubmission(Base):
    """Which key made which submission (for its concurrency quota)."""

    __tablename__ = "key_submissions"

    submission_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(36), index=True)


class IdempotencyRecord(Base):
    """A POST made with an `Idempotency-Key`: a retry with the same key and body gets
    the same submissions back instead of new ones."""

    __tablename__ = "idempotency_records"

    caller: Mapped[str] = mapped_column(String(100), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    body_hash: Mapped[str] = mapped_column(String(64))
    submission_ids: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class WebhookDelivery(Base):
    """The callback of one submission: where it goes and how its delivery is going."""

    __tablename__ = "webhook_deliveries"

    submission_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    url: Mapped[str] = mapped_column(String(2048))
    status: Mapped[str] = mapped_column(String(16), default="pending")  # delivered, failed
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
