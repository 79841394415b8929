"""The submissions table.

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
