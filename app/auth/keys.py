"""API keys: `drill_` plus 256 random bits, shown once, stored as SHA-256.

Scopes: `submit` (create submissions and batches), `read` (read submissions and their
exports), `sessions` (create live interview sessions).
"""

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import ApiKey, utc_now

PREFIX = "drill_"
SCOPES = ("submit", "read", "sessions")
DEFAULT_SCOPES = ("submit", "read")


class KeyError_(Exception):
    """A key could not be created or revoked; the message says why."""


@dataclass(frozen=True)
class Caller:
    """Who sends a request: a key (with its scopes) or nobody (anonymous)."""

    key_id: str | None
    name: str
    scopes: frozenset[str]


ANONYMOUS = Caller(key_id=None, name="anonymous", scopes=frozenset(SCOPES))


def looks_like_key(token: str) -> bool:
    return token.startswith(PREFIX)


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create(db: Session, name: str, scopes: list[str]) -> str:
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown:
        raise KeyError_(f"unknown scope(s) {unknown}; the scopes are {list(SCOPES)}")
    if db.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
        raise KeyError_(f"a key named {name!r} exists already; revoke it or pick another name")
    key = PREFIX + secrets.token_urlsafe(32)
    db.add(ApiKey(name=name, key_hash=digest(key), scopes=sorted(set(scopes))))
    return key


def revoke(db: Session, name: str) -> None:
    row = db.scalar(select(ApiKey).where(ApiKey.name == name, ApiKey.revoked_at.is_(None)))
    if row is None:
        raise KeyError_(f"no active key named {name!r}")
    row.revoked_at = utc_now()


def listing(db: Session) -> list[ApiKey]:
    return list(db.scalars(select(ApiKey).order_by(ApiKey.created_at)))


def caller_for(db: Session, key: str) -> Caller | None:
    """The key's caller, or None when the key is unknown or revoked."""
    row = db.scalar(select(ApiKey).where(ApiKey.key_hash == digest(key)))
    if row is None or row.revoked_at is not None:
        return None
    return Caller(key_id=row.id, name=row.name, scopes=frozenset(row.scopes))
