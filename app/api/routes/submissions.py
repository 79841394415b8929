"""Submitting code for grading and reading the result back.

A submission is stored before it is queued, so an accepted submission survives a
crash of the server. `?wait=` lets simple clients get the result in one request:
the route waits on the completion notifier, not by polling.
"""

import asyncio
import contextlib
import hashlib
import json
import uuid
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session, sessionmaker

from app.api.auth import caller_of, check_quota, require_scope, scoped
from app.api.deps import (
    BankDep,
    NotifierDep,
    QueueDep,
    SessionDep,
    SessionFactoryDep,
    SettingsDep,
)
from app.api.errors import code_too_large, unknown_exercise, unknown_submission
from app.api.schemas import (
    BatchCreate,
    BatchOut,
    CallbackOut,
    ErrorOut,
    SubmissionCreate,
    SubmissionOut,
)
from app.auth.keys import Caller
from app.db import repository
from app.db.models import (
    IdempotencyRecord,
    InterviewSession,
    KeySubmission,
    SessionSubmission,
    SubmissionStatus,
    WebhookDelivery,
    utc_now,
)
from app.exports.exercism import to_results
from app.exports.junit import to_junit
from app.queue import CompletionNotifier, NoGpuWorker, QueueUnavailable
from app.sessions import access, channel
from app.sessions.views import redact_hidden
from app.webhooks.targets import BadTarget, check_target

router = APIRouter(prefix="/submissions", tags=["submissions"])

MAX_WAIT_S = 30.0
MAX_BATCH = 100
IdempotencyHeader = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=200,
        description="Retrying with the same key and body returns the original submissions.",
    ),
]
RETRY_AFTER_FULL_S = 10
POLL_S = 1.0  # `?wait=` also re-reads the database this often, should a wake-up be lost
PROGRESS_EVERY_S = 1.0

WaitQuery = Annotated[
    float | None,
    Query(
        ge=0,
        le=MAX_WAIT_S,
        description="Wait up to this many seconds for the result: 200 if it finished "
        "in time, else 202 with the current state.",
    ),
]


@router.post(
    "",
    status_code=202,
    response_model=SubmissionOut,
    responses={
        200: {"model": SubmissionOut, "description": "Finished within `wait` seconds."},
        400: {"model": ErrorOut, "description": "The body is not UTF-8."},
        404: {"model": ErrorOut, "description": "Unknown exercise."},
        413: {"model": ErrorOut, "description": "Code or body over the size limit."},
        415: {"model": ErrorOut, "description": "The body is not sent as JSON."},
        422: {"model": ErrorOut, "description": "An invalid body or callback_url."},
        503: {
            "model": ErrorOut,
            "description": "The queue is full or not taking work, or the exercise needs a "
            "GPU and no GPU worker is alive; see Retry-After.",
        },
    },
)
async def create_submission(
    body: SubmissionCreate,
    request: Request,
    response: Response,
    settings: SettingsDep,
    session_factory: SessionFactoryDep,
    queue: QueueDep,
    notifier: NotifierDep,
    wait: WaitQuery = None,
    authorization: Annotated[str | None, Header()] = None,
    idempotency_key: IdempotencyHeader = None,
) -> SubmissionOut:
    """With an API key, or anonymously where allowed; a live session's `Bearer` token
    files the submission under that session."""
    (submission,), session_id = await _accept(
        request, [body], authorization, idempotency_key
    )
    if wait is None:
        return _as_seen(submission, session_id)
    timeout = min(wait, settings.max_wait_s)
    submission = await _wait_until_done(submission.id, timeout, session_factory, notifier)
    if submission.status == SubmissionStatus.done:
        response.status_code = 200
    return _as_seen(submission, session_id)


@router.post(
    "/batch",
    status_code=202,
    response_model=BatchOut,
    responses={
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        413: {"model": ErrorOut, "description": "Body over the size limit."},
        415: {"model": ErrorOut, "description": "The body is not sent as JSON."},
        422: {"model": ErrorOut, "description": "An invalid body or callback_url."},
        429: {"model": ErrorOut, "description": "Over the key's rate or concurrency."},
        503: {"model": ErrorOut, "description": "The queue is full; see Retry-After."},
    },
)
async def create_batch(
    body: BatchCreate,
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    idempotency_key: IdempotencyHeader = None,
) -> BatchOut:
    """Up to 100 submissions in one request, stored and queued in order."""
    items = [
        item if item.callback_url or not body.callback_url
        else item.model_copy(update={"callback_url": body.callback_url})
        for item in body.submissions
    ]
    submissions, _ = await _accept(request, items, authorization, idempotency_key)
    return BatchOut(ids=[s.id for s in submissions], submissions=submissions)


@router.get(
    "",
    response_model=list[SubmissionOut],
    responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}},
    dependencies=[scoped("read")],
)
def list_submissions(
    ids: Annotated[str, Query(description="Comma-separated submission ids (up to 100).")],
    session: SessionDep,
    authorization: Annotated[str | None, Header()] = None,
) -> list[SubmissionOut]:
    """Many submissions at once, in the order asked; unknown ids are a 404 naming them."""
    wanted = [i.strip() for i in ids.split(",") if i.strip()]
    if not 1 <= len(wanted) <= MAX_BATCH:
        raise HTTPException(422, f"ids: give 1 to {MAX_BATCH} comma-separated submission ids")
    found = []
    for submission_id in wanted:
        found.append(get_submission(submission_id, session, authorization))
    return found


async def _accept(
    request: Request,
    bodies: list[SubmissionCreate],
    authorization: str | None,
    idempotency_key: str | None,
) -> tuple[list[SubmissionOut], str | None]:
    """Validate, admit (device, queue depth, key, quota), store in order, enqueue."""
    state = request.app.state
    settings, bank, queue = state.settings, state.bank, state.queue
    session_factory: sessionmaker[Session] = state.session_factory
    for body in bodies:
        if body.exercise_id not in bank:
            raise unknown_exercise(body.exercise_id)
        size = len(body.code.encode("utf-8"))
        if size > settings.max_code_bytes:
            raise code_too_large(size, settings.max_code_bytes)
        try:
            queue.check_can_grade(bank[body.exercise_id])
        except NoGpuWorker as exc:
            raise HTTPException(503, str(exc), headers={"Retry-After": "60"}) from None
        if body.callback_url is not None:
            if settings.webhook_secret is None:
                raise HTTPException(
                    422, "callback_url needs the server's DRILL_WEBHOOK_SECRET to sign webhooks"
                )
            try:
                await run_in_threadpool(
                    check_target, body.callback_url, settings.webhook_allow_private
                )
            except BadTarget as exc:
                raise HTTPException(422, str(exc)) from None
    caller = await run_in_threadpool(caller_of, request, authorization)
    require_scope(caller, "submit")
    replayed = await run_in_threadpool(
        _replay, session_factory, caller, idempotency_key, bodies
    )
    if replayed is not None:
        return replayed, None
    depth = await run_in_threadpool(_queued, session_factory)
    if depth + len(bodies) > settings.max_queue_depth:
        raise HTTPException(
            status_code=503,
            detail=f"{depth} submissions are waiting to be graded, the most this server "
            f"queues (DRILL_MAX_QUEUE_DEPTH={settings.max_queue_depth}); nothing was stored: "
            "retry after the delay in Retry-After",
            headers={"Retry-After": str(RETRY_AFTER_FULL_S)},
        )
    session_id = None
    if caller is None:  # a live session's token
        session_id = await run_in_threadpool(
            _session_for, session_factory, _bearer(authorization), bodies[0].exercise_id
        )
    await run_in_threadpool(check_quota, request, caller, len(bodies))
    stored = await run_in_threadpool(
        _store, session_factory, bodies, session_id, caller, idempotency_key
    )
    if session_id is not None:
        state.notifier.notify(channel(session_id))
    for submission in stored:
        try:
            queue.enqueue(submission.id, submission.exercise_id)
        except QueueUnavailable as exc:
            raise HTTPException(
                status_code=503,
                detail=f"the grading queue is not taking work ({exc}); submission "
                f"{submission.id} is stored and will be graded when the server restarts",
                headers={"Retry-After": "5"},
            ) from exc
    return stored, session_id


@router.get(
    "/{submission_id}",
    response_model=SubmissionOut,
    responses={404: {"model": ErrorOut}},
    dependencies=[scoped("read")],
)
def get_submission(
    submission_id: str,
    session: SessionDep,
    authorization: Annotated[str | None, Header()] = None,
) -> SubmissionOut:
    if not _is_uuid(submission_id):  # never hand arbitrary text to the database
        raise unknown_submission(submission_id)
    row = repository.get_submission(session, submission_id)
    if row is None:
        raise unknown_submission(submission_id)
    shown = _with_callback(session, SubmissionOut.of(row))
    return _redacted_unless_interviewer(session, shown, _bearer(authorization))


@router.get(
    "/{submission_id}/events",
    responses={
        200: {
            "content": {"text/event-stream": {}},
            "description": "`progress` events ({status, position, elapsed_ms}) while it "
            "waits or runs, then one `done` event holding the submission.",
        },
        404: {"model": ErrorOut},
    },
)
async def submission_events(
    submission_id: str,
    request: Request,
    session_factory: SessionFactoryDep,
    notifier: NotifierDep,
    authorization: Annotated[str | None, Header()] = None,
    token: Annotated[str | None, Query(description="A session token (EventSource).")] = None,
) -> StreamingResponse:
    """Live progress for a page: pushed when it finishes, refreshed every second before."""
    if not _is_uuid(submission_id):
        raise unknown_submission(submission_id)
    first = await run_in_threadpool(_progress, session_factory, submission_id)
    if first is None:
        raise unknown_submission(submission_id)
    token = _bearer(authorization) or token

    def seen(done: SubmissionOut) -> SubmissionOut:
        with session_factory() as db:
            return _redacted_unless_interviewer(db, done, token)

    async def stream() -> AsyncIterator[str]:
        with notifier.subscribe(submission_id) as finished:
            state = first
            while True:
                if isinstance(state, SubmissionOut):
                    shown = await run_in_threadpool(seen, state)
                    yield _event("done", shown.model_dump_json())
                    return
                yield _event("progress", json.dumps(state))
                if await request.is_disconnected():
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(finished.wait(), PROGRESS_EVERY_S)
                state = await run_in_threadpool(_progress, session_factory, submission_id)

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


def _event(name: str, data: str) -> str:
    return f"event: {name}\ndata: {data}\n\n"


def _progress(
    session_factory: sessionmaker[Session], submission_id: str
) -> SubmissionOut | dict[str, Any] | None:
    """The finished submission, or where it stands: its place in line or its run time."""
    with session_factory() as session:
        row = repository.get_submission(session, submission_id)
        if row is None:
            return None
        if row.status == SubmissionStatus.done:
            return SubmissionOut.of(row)
        position = (
            repository.queue_position(session, row)
            if row.status == SubmissionStatus.queued
            else None
        )
        since = row.started_at or row.created_at
        elapsed = (utc_now() - since).total_seconds() * 1000
        return {"status": row.status, "position": position, "elapsed_ms": round(elapsed)}


@router.get(
    "/{submission_id}/junit.xml",
    response_class=Response,
    responses={200: {"content": {"application/xml": {}}}, 404: {"model": ErrorOut}},
    dependencies=[scoped("read")],
)
def get_junit(
    submission_id: str,
    session: SessionDep,
    authorization: Annotated[str | None, Header()] = None,
) -> Response:
    """The submission as JUnit XML, for CI systems (benchmarks are test cases too)."""
    shown = get_submission(submission_id, session, authorization)
    return Response(to_junit(shown), media_type="application/xml")


@router.get(
    "/{submission_id}/results.json",
    responses={404: {"model": ErrorOut}},
    dependencies=[scoped("read")],
)
def get_exercism_results(
    submission_id: str,
    session: SessionDep,
    bank: BankDep,
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """Exercism's test-runner results.json (v3); hidden tests carry no `test_code`."""
    shown = get_submission(submission_id, session, authorization)
    return to_results(shown, bank.get(shown.exercise_id))


def _store(
    session_factory: sessionmaker[Session],
    bodies: list[SubmissionCreate],
    session_id: str | None,
    caller: Caller | None,
    idempotency_key: str | None,
) -> list[SubmissionOut]:
    """One transaction: the submissions, their links, and the idempotency record."""
    with session_factory.begin() as session:
        rows = []
        for body in bodies:
            row = repository.create_submission(
                session, exercise_id=body.exercise_id, mode=body.mode, code=body.code
            )
            if session_id is not None:
                session.add(SessionSubmission(submission_id=row.id, session_id=session_id))
            if caller is not None and caller.key_id is not None:
                session.add(KeySubmission(submission_id=row.id, key_id=caller.key_id))
            if body.callback_url is not None:
                session.add(WebhookDelivery(submission_id=row.id, url=body.callback_url))
            rows.append(row)
        if idempotency_key is not None and caller is not None:
            session.add(
                IdempotencyRecord(
                    caller=caller.key_id or caller.name,
                    key=idempotency_key,
                    body_hash=_body_hash(bodies),
                    submission_ids=[r.id for r in rows],
                )
            )
        return [_with_callback(session, SubmissionOut.of(r)) for r in rows]


def _with_callback(db: Session, submission: SubmissionOut) -> SubmissionOut:
    delivery = db.get(WebhookDelivery, submission.id)
    if delivery is None:
        return submission
    callback = CallbackOut(
        url=delivery.url,
        status=delivery.status,
        attempts=delivery.attempts,
        last_error=delivery.last_error,
        delivered_at=delivery.delivered_at,
    )
    return submission.model_copy(update={"callback": callback})


def _body_hash(bodies: list[SubmissionCreate]) -> str:
    raw = json.dumps([b.model_dump(mode="json") for b in bodies], sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()


def _replay(
    session_factory: sessionmaker[Session],
    caller: Caller | None,
    idempotency_key: str | None,
    bodies: list[SubmissionCreate],
) -> list[SubmissionOut] | None:
    """The submissions an earlier POST with this Idempotency-Key made, if any."""
    if idempotency_key is None or caller is None:
        return None
    with session_factory() as session:
        record = session.get(IdempotencyRecord, (caller.key_id or caller.name, idempotency_key))
        if record is None:
            return None
        if record.body_hash != _body_hash(bodies):
            raise HTTPException(
                422,
                "this Idempotency-Key was used with a different body; use a new key for a "
                "new request",
            )
        rows = [repository.get_submission(session, i) for i in record.submission_ids]
        return [SubmissionOut.of(r) for r in rows if r is not None]


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip() or None
    return None


def _session_for(
    session_factory: sessionmaker[Session], token: str | None, exercise_id: str
) -> str | None:
    """The live session a submission belongs to, from the token it carries."""
    if token is None:
        return None
    with session_factory() as db:
        try:
            found = access.find_by_token(db, token)
        except access.AccessDenied as exc:
            raise HTTPException(exc.status, exc.detail) from None
    if found is None:
        raise HTTPException(401, "unknown token: send a live session's token, or none")
    row, _ = found
    if exercise_id not in row.exercise_ids:
        raise HTTPException(403, f"exercise '{exercise_id}' is not part of this session")
    return row.id


def _redacted_unless_interviewer(
    db: Session, submission: SubmissionOut, token: str | None
) -> SubmissionOut:
    """A session's submission shows hidden test names to its interviewer only."""
    link = db.get(SessionSubmission, submission.id)
    if link is None:
        return submission
    if token:
        row = db.get(InterviewSession, link.session_id)
        if row is not None and access.token_hash(token) == row.interviewer_token_hash:
            return submission
    return redact_hidden(submission)


def _as_seen(submission: SubmissionOut, session_id: str | None) -> SubmissionOut:
    """What the submitter sees: inside a session, without hidden test names."""
    return submission if session_id is None else redact_hidden(submission)


def _queued(session_factory: sessionmaker[Session]) -> int:
    with session_factory() as session:
        return repository.count_by_status(session)[SubmissionStatus.queued]


def _load(session_factory: sessionmaker[Session], submission_id: str) -> SubmissionOut:
    with session_factory() as session:
        row = repository.get_submission(session, submission_id)
        assert row is not None, "submissions are never deleted"
        return SubmissionOut.of(row)


async def _wait_until_done(
    submission_id: str,
    timeout: float,
    session_factory: sessionmaker[Session],
    notifier: CompletionNotifier,
) -> SubmissionOut:
    # Subscribe first, then read: a completion between the two cannot be missed.
    with notifier.subscribe(submission_id) as finished:
        current = await run_in_threadpool(_load, session_factory, submission_id)
        if current.status == SubmissionStatus.done:
            return current
        # On timeout, answer with whatever state it has reached by now. A wake-up can
        # be lost (a worker's message published while the API was reconnecting to
        # Redis), so the database is read again every POLL_S as well.
        deadline = asyncio.get_running_loop().time() + timeout
        while (left := deadline - asyncio.get_running_loop().time()) > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(finished.wait(), min(left, POLL_S))
            current = await run_in_threadpool(_load, session_factory, submission_id)
            if current.status == SubmissionStatus.done:
                return current
    return await run_in_threadpool(_load, session_factory, submission_id)


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False
