"""Who is calling: a session token names the session and the role, nothing else.

Tokens are 256-bit random strings handed out once; only their SHA-256 is stored, so a
leaked database does not open anyone's session. The candidate's token stops working
when the session ends; the interviewer's keeps the read-only report.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.models import InterviewSession, SessionStatus


class Role(StrEnum):
    interviewer = "interviewer"
    candidate = "candidate"


class AccessDenied(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass(frozen=True)
class NewTokens:
    interviewer: str
    candidate: str


def new_tokens() -> NewTokens:
    return NewTokens(secrets.token_urlsafe(32), secrets.token_urlsafe(32))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def role_of(session: InterviewSession, token: str | None) -> Role:
    """The caller's role in `session`, or AccessDenied (401 unknown, 410 after the end)."""
    if not token:
        raise AccessDenied(401, "this needs the session's token: Authorization: Bearer <token>")
    digest = token_hash(token)
    if hmac.compare_digest(digest, session.interviewer_token_hash):
        return Role.interviewer
    if hmac.compare_digest(digest, session.candidate_token_hash):
        if session.status == SessionStatus.ended:
            raise AccessDenied(410, "this session has ended")
        return Role.candidate
    raise AccessDenied(401, "the token does not open this session")


def require_interviewer(role: Role) -> None:
    if role != Role.interviewer:
        raise AccessDenied(403, "only the interviewer may do this")


def find_by_token(db: Session, token: str) -> tuple[InterviewSession, Role] | None:
    """The session a bare token opens (a submission carries only the token)."""
    digest = token_hash(token)
    row = db.scalars(
        select(InterviewSession).where(
            or_(
                InterviewSession.candidate_token_hash == digest,
                InterviewSession.interviewer_token_hash == digest,
            )
        )
    ).first()
    if row is None:
        return None
    return row, role_of(row, token)
