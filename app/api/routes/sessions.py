"""Live interview sessions: create, read per role, notes, timer, next exercise, end,
report, edit history, the shared editor's WebSocket and a stream of changes.

Every route but creation needs the session's token (`Authorization: Bearer`, or
`?token=` where a browser cannot send headers: EventSource and WebSocket). The role
comes from the token; interviewer-only paths answer 403 to the candidate.
"""

import asyncio
import base64
import contextlib
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Request, WebSocket
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse, StreamingResponse
from sqlalchemy.orm import Session, sessionmaker

from app.api.auth import scoped
from app.api.deps import BankDep, NotifierDep, SessionFactoryDep, SettingsDep
from app.api.errors import unknown_exercise
from app.api.schemas import ErrorOut
from app.api.session_schemas import (
    Advance,
    HistoryOut,
    HistoryUpdate,
    NotesIn,
    NotesOut,
    ReportOut,
    SessionCreate,
    SessionCreated,
    SessionOut,
    TimerAction,
)
from app.db.models import InterviewSession, SessionStatus, utc_now
from app.sessions import access, channel, timer
from app.sessions.access import AccessDenied, Role
from app.sessions.documents import SessionDocuments
from app.sessions.views import report_markdown, report_of, session_view

router = APIRouter(prefix="/sessions", tags=["sessions"])

STATE_EVERY_S = 5.0
DENIED = {
    401: {"model": ErrorOut},
    403: {"model": ErrorOut},
    404: {"model": ErrorOut},
    409: {"model": ErrorOut},
    410: {"model": ErrorOut},
    422: {"model": ErrorOut},
}
Authorization = Annotated[str | None, Header(description="Bearer <session token>")]
TokenQuery = Annotated[str | None, Query(description="The token, where headers cannot go.")]


def _token(authorization: str | None, token: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return token


Factory = sessionmaker[Session]


def _load(factory: Factory, session_id: str, token: str | None) -> tuple[InterviewSession, Role]:
    with factory() as db:
        row = db.get(InterviewSession, session_id[:36])
    if row is None:
        raise HTTPException(404, f"unknown session '{session_id}'")
    try:
        return row, access.role_of(row, token)
    except AccessDenied as exc:
        raise HTTPException(exc.status, exc.detail) from None


def _interviewer(factory: Factory, session_id: str, token: str | None) -> InterviewSession:
    row, role = _load(factory, session_id, token)
    if role != Role.interviewer:
        raise HTTPException(403, "only the interviewer may do this")
    return row


@router.post(
    "",
    status_code=201,
    response_model=SessionCreated,
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}},
    dependencies=[scoped("sessions")],
)
def create_session(
    body: SessionCreate, bank: BankDep, session_factory: SessionFactoryDep
) -> SessionCreated:
    for exercise_id in body.exercise_ids:
        if exercise_id not in bank:
            raise unknown_exercise(exercise_id)
    tokens = access.new_tokens()
    row = InterviewSession(
        interviewer_token_hash=access.token_hash(tokens.interviewer),
        candidate_token_hash=access.token_hash(tokens.candidate),
        exercise_ids=body.exercise_ids,
        duration_s=body.duration_minutes * 60,
    )
    with session_factory.begin() as db:
        db.add(row)
        db.flush()
        session_id = row.id
    return SessionCreated(
        id=session_id,
        interviewer_token=tokens.interviewer,
        candidate_token=tokens.candidate,
        interviewer_url=f"/sessions/{session_id}/interviewer#token={tokens.interviewer}",
        candidate_url=f"/sessions/{session_id}/candidate#token={tokens.candidate}",
    )


@router.get("/{session_id}", response_model=SessionOut, responses=DENIED)
def get_session(
    session_id: str,
    bank: BankDep,
    settings: SettingsDep,
    session_factory: SessionFactoryDep,
    authorization: Authorization = None,
    token: TokenQuery = None,
) -> SessionOut:
    row, role = _load(session_factory, session_id, _token(authorization, token))
    return session_view(row, role, bank, settings, session_factory)


@router.get("/{session_id}/notes", response_model=NotesOut, responses=DENIED)
def get_notes(
    session_id: str, session_factory: SessionFactoryDep, authorization: Authorization = None
) -> NotesOut:
    row = _interviewer(session_factory, session_id, _token(authorization, None))
    return NotesOut(text=row.notes)


@router.put("/{session_id}/notes", response_model=NotesOut, responses=DENIED)
def put_notes(
    session_id: str,
    body: NotesIn,
    session_factory: SessionFactoryDep,
    authorization: Authorization = None,
) -> NotesOut:
    _interviewer(session_factory, session_id, _token(authorization, None))
    with session_factory.begin() as db:
        row = db.get(InterviewSession, session_id)
        assert row is not None
        row.notes = body.text
    return NotesOut(text=body.text)


def _change(
    session_factory: sessionmaker[Session], session_id: str, token: str | None, apply: object
) -> InterviewSession:
    _interviewer(session_factory, session_id, token)
    with session_factory.begin() as db:
        row = db.get(InterviewSession, session_id)
        assert row is not None
        if row.status == SessionStatus.ended:
            raise HTTPException(409, "this session has ended; its report is read-only")
        apply(row)  # type: ignore[operator]
    with session_factory() as db:
        fresh = db.get(InterviewSession, session_id)
        assert fresh is not None
        return fresh


@router.post("/{session_id}/timer", response_model=SessionOut, responses=DENIED)
def set_timer(
    session_id: str,
    body: TimerAction,
    request: Request,
    bank: BankDep,
    settings: SettingsDep,
    session_factory: SessionFactoryDep,
    authorization: Authorization = None,
) -> SessionOut:
    def apply(row: InterviewSession) -> None:
        now = utc_now()
        if body.action == "start":
            timer.start(row, now)
        elif body.action == "pause":
            timer.pause(row, now)
        else:
            timer.extend(row, body.minutes)

    row = _change(session_factory, session_id, _token(authorization, None), apply)
    request.app.state.notifier.notify(channel(session_id))
    return session_view(row, Role.interviewer, bank, settings, session_factory)


@router.post("/{session_id}/advance", response_model=SessionOut, responses=DENIED)
def advance(
    session_id: str,
    body: Advance,
    request: Request,
    bank: BankDep,
    settings: SettingsDep,
    session_factory: SessionFactoryDep,
    authorization: Authorization = None,
) -> SessionOut:
    def apply(row: InterviewSession) -> None:
        if body.index >= len(row.exercise_ids):
            raise HTTPException(422, f"the session has {len(row.exercise_ids)} exercise(s)")
        row.current_index = body.index

    row = _change(session_factory, session_id, _token(authorization, None), apply)
    request.app.state.notifier.notify(channel(session_id))
    return session_view(row, Role.interviewer, bank, settings, session_factory)


@router.post("/{session_id}/end", response_model=SessionOut, responses=DENIED)
def end_session(
    session_id: str,
    request: Request,
    bank: BankDep,
    settings: SettingsDep,
    session_factory: SessionFactoryDep,
    authorization: Authorization = None,
) -> SessionOut:
    def apply(row: InterviewSession) -> None:
        now = utc_now()
        timer.pause(row, now)
        row.status = SessionStatus.ended.value
        row.ended_at = now

    row = _change(session_factory, session_id, _token(authorization, None), apply)
    request.app.state.notifier.notify(channel(session_id))
    return session_view(row, Role.interviewer, bank, settings, session_factory)


@router.get("/{session_id}/report", response_model=ReportOut, responses=DENIED)
def get_report(
    session_id: str,
    request: Request,
    bank: BankDep,
    settings: SettingsDep,
    session_factory: SessionFactoryDep,
    authorization: Authorization = None,
    token: TokenQuery = None,
) -> ReportOut:
    row = _interviewer(session_factory, session_id, _token(authorization, token))
    return report_of(row, bank, settings, session_factory, request.app.state.documents)


@router.get(
    "/{session_id}/report.md",
    response_class=PlainTextResponse,
    responses={**DENIED, 200: {"content": {"text/markdown": {}}}},
)
def get_report_markdown(
    session_id: str,
    request: Request,
    bank: BankDep,
    settings: SettingsDep,
    session_factory: SessionFactoryDep,
    authorization: Authorization = None,
    token: TokenQuery = None,
) -> PlainTextResponse:
    row = _interviewer(session_factory, session_id, _token(authorization, token))
    report = report_of(row, bank, settings, session_factory, request.app.state.documents)
    return PlainTextResponse(report_markdown(report), media_type="text/markdown")


@router.get("/{session_id}/history/{exercise_id}", response_model=HistoryOut, responses=DENIED)
def get_history(
    session_id: str,
    exercise_id: str,
    request: Request,
    session_factory: SessionFactoryDep,
    authorization: Authorization = None,
    token: TokenQuery = None,
) -> HistoryOut:
    """Every edit of one shared editor, for the replay."""
    row = _interviewer(session_factory, session_id, _token(authorization, token))
    if exercise_id not in row.exercise_ids:
        raise HTTPException(404, f"exercise '{exercise_id}' is not part of this session")
    documents: SessionDocuments = request.app.state.documents
    updates = documents.history(session_id, exercise_id)
    _, events = documents.final_state(session_id, exercise_id)
    return HistoryOut(
        updates=[HistoryUpdate(t=t, update=base64.b64encode(u).decode()) for t, u in updates],
        events=events,
    )


@router.get(
    "/{session_id}/events",
    responses={**DENIED, 200: {"content": {"text/event-stream": {}}}},
)
async def session_events(
    session_id: str,
    request: Request,
    bank: BankDep,
    settings: SettingsDep,
    session_factory: SessionFactoryDep,
    notifier: NotifierDep,
    authorization: Authorization = None,
    token: TokenQuery = None,
) -> StreamingResponse:
    """`session` events with the session as this role sees it, on every change."""
    given = _token(authorization, token)
    _load(session_factory, session_id, given)

    def view() -> str | None:
        try:
            row, role = _load(session_factory, session_id, given)
        except HTTPException:
            return None  # the candidate's token stopped working: the session ended
        return session_view(row, role, bank, settings, session_factory).model_dump_json()

    async def stream() -> AsyncIterator[str]:
        with notifier.subscribe(channel(session_id)) as changed:
            while not await request.is_disconnected():
                state = await run_in_threadpool(view)
                if state is None:
                    yield "event: ended\ndata: {}\n\n"
                    return
                yield f"event: session\ndata: {state}\n\n"
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), STATE_EVERY_S)
                changed.clear()

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


@router.websocket("/{session_id}/doc/{exercise_id}")
async def shared_editor(websocket: WebSocket, session_id: str, exercise_id: str) -> None:
    """The Yjs document of one exercise of one session; both roles edit it."""
    factory: sessionmaker[Session] = websocket.app.state.session_factory
    try:
        row, _ = await run_in_threadpool(
            _load, factory, session_id, websocket.query_params.get("token")
        )
    except HTTPException as exc:
        # Accept, then close: a refusal before the handshake reaches a browser as 1006.
        await websocket.accept()
        await websocket.close(code=4000 + exc.status_code, reason=str(exc.detail)[:120])
        return
    await websocket.accept()
    if row.status == SessionStatus.ended or exercise_id not in row.exercise_ids:
        await websocket.close(code=4403, reason="not an exercise of an active session")
        return
    documents: SessionDocuments = websocket.app.state.documents
    await documents.serve(websocket, session_id, exercise_id)



