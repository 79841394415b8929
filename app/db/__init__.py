"""Persistence: the submissions table, its engine and the queries the service needs."""

from app.db.engine import create_db_engine, create_session_factory, init_db
from app.db.models import Base, Submission, SubmissionStatus

__all__ = [
    "Base",
    "Submission",
    "SubmissionStatus",
    "create_db_engine",
    "create_session_factory",
    "init_db",
]
