"""Who may call: API keys (`Authorization: Bearer drill_...`), or nobody when the server
allows anonymous use; live-session tokens are handled by the session-aware routes.

401: no key where one is required, or an unknown or revoked key. 403: a key without the
scope the route needs. 429: a key over its rate or its concurrency quota.
"""

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy import func, select

from app.auth import keys
from app.auth.keys import ANONYMOUS, Caller
from app.db.models import KeySubmission, Submission, SubmissionStatus

AuthorizationHeader = Annotated[str | None, Header(description="Bearer drill_... (an API key)")]


def bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip() or None
    return None


def caller_of(request: Request, authorization: str | None) -> Caller | None:
    """The key's caller; ANONYMOUS with no key (if allowed); None for a session token."""
    token = bearer(authorization)
    if token is not None and not keys.looks_like_key(token):
        return None  # a live session's token: the route decides
    if token is None:
        if request.app.state.settings.allow_anonymous:
            return ANONYMOUS
        raise HTTPException(
            401,
            "this server needs an API key: send `Authorization: Bearer drill_...` "
            "(an administrator creates one with `drill keys create --name NAME`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with request.app.state.session_factory() as db:
        found = keys.caller_for(db, token)
    if found is None:
        raise HTTPException(
            401, "unknown or revoked API key", headers={"WWW-Authenticate": "Bearer"}
        )
    return found


def require_scope(caller: Caller | None, scope: str) -> None:
    if caller is not None and scope not in caller.scopes:
        raise HTTPException(
            403, f"the key '{caller.name}' lacks the scope '{scope}' (it has: "
            f"{', '.join(sorted(caller.scopes)) or 'none'})",
        )


def scoped(scope: str):  # type: ignore[no-untyped-def]
    """A dependency: the caller, who must hold `scope` (session tokens pass through)."""

    def dependency(request: Request, authorization: AuthorizationHeader = None) -> Caller | None:
        caller = caller_of(request, authorization)
        require_scope(caller, scope)
        return caller

    return Depends(dependency)


def check_quota(request: Request, caller: Caller | None, count: int) -> None:
    """Per-key rate (a sliding minute) and concurrency (unfinished submissions)."""
    if caller is None or caller.key_id is None:
        return
    settings = request.app.state.settings
    with request.app.state.session_factory() as db:
        unfinished = db.scalar(
            select(func.count())
            .select_from(KeySubmission)
            .join(Submission, Submission.id == KeySubmission.submission_id)
            .where(
                KeySubmission.key_id == caller.key_id,
                Submission.status != SubmissionStatus.done.value,
            )
        ) or 0
    if unfinished + count > settings.key_max_concurrent:
        raise HTTPException(
            429,
            f"the key '{caller.name}' has {unfinished} submission(s) being graded; at most "
            f"{settings.key_max_concurrent} at once (DRILL_KEY_MAX_CONCURRENT)",
            headers={"Retry-After": "5"},
        )
    wait = request.app.state.rate_limiter.retry_after(caller.key_id, count)
    if wait:
        raise HTTPException(
            429,
            f"the key '{caller.name}' is over {settings.key_rate_per_minute} submissions a "
            "minute (DRILL_KEY_RATE_PER_MINUTE)",
            headers={"Retry-After": str(wait)},
        )
