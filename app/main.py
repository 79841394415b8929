"""The application factory: wires the bank, the database, the queue and the routes.

Everything with a lifetime (engine, worker threads) is built in the lifespan, not
at import, so `create_app()` is cheap and tests can build several apps side by side.
"""

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import FileResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session, sessionmaker

from app.api.body_guard import RequestBodyGuard, body_limit_for
from app.api.errors import install_error_handlers
from app.api.main import api_router
from app.auth.limits import RateLimiter
from app.bank import Exercise, ExerciseFormatError, load_bank
from app.db import create_db_engine, create_session_factory, init_db
from app.grading.pool import start_pool, stop_pool
from app.metrics import Metrics, metrics_endpoint
from app.queue import CompletionNotifier, EmbeddedQueue, GradingQueue
from app.sessions import channel
from app.sessions.documents import SessionDocuments
from app.sessions.views import session_of_submission
from app.settings import REPO_ROOT, Settings, get_settings
from app.webhooks.sender import WebhookSender

log = logging.getLogger(__name__)

FRONTEND_DIR = REPO_ROOT / "frontend" / "dist"  # built by `make setup` (frontend/README.md)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    try:
        bank = load_bank(*settings.exercise_dirs)
    except ExerciseFormatError as exc:
        log.error("refusing to start: %s", exc)
        raise
    engine = create_db_engine(settings)
    init_db(engine)
    session_factory = create_session_factory(engine)
    notifier = CompletionNotifier()
    metrics = Metrics(session_factory)

    webhooks = WebhookSender(
        session_factory, settings.webhook_secret, settings.webhook_allow_private
    )

    def finished(submission_id: str) -> None:
        # Metrics first: whoever the notifier wakes may read /metrics at once.
        metrics.observe_finished(submission_id)
        webhooks.finished(submission_id)
        session_id = session_of_submission(session_factory, submission_id)
        if session_id is not None:
            notifier.notify(channel(session_id))
        notifier.notify(submission_id)

    queue = _make_queue(settings, bank, session_factory, finished)
    metrics.queue = queue
    app.state.bank = bank
    app.state.engine = engine
    app.state.session_factory = session_factory
    app.state.notifier = notifier
    app.state.queue = queue
    app.state.metrics = metrics
    app.state.rate_limiter = RateLimiter(settings.key_rate_per_minute)
    webhooks.resume()
    documents = SessionDocuments(settings.data_dir)
    await documents.start()
    app.state.documents = documents
    # Only the embedded queue grades in this process; with Celery the workers do.
    pool = start_pool(settings) if queue.kind == "embedded" else None
    queue.start()  # also re-queues what a previous run left unfinished
    log.info(
        "drill ready: %d exercises, %s queue with %d workers, database %s",
        len(bank),
        queue.kind,
        queue.workers,
        engine.url.render_as_string(hide_password=True),
    )
    try:
        yield
    finally:
        webhooks.stop()
        await documents.stop()
        queue.stop()
        stop_pool(pool)
        engine.dispose()


def _make_queue(
    settings: Settings,
    bank: dict[str, Exercise],
    session_factory: sessionmaker[Session],
    on_finished: Callable[[str], None],
) -> GradingQueue:
    if settings.redis_url is None:
        return EmbeddedQueue(
            session_factory=session_factory, bank=bank, settings=settings, on_finished=on_finished
        )
    from app.queue.celery_queue import QUEUES, CeleryQueue
    from app.queue.janitor import Janitor

    return CeleryQueue(
        settings=settings,
        bank=bank,
        on_finished=on_finished,
        janitor_factory=lambda registry, enqueue: Janitor(
            session_factory=session_factory, registry=registry, queues=QUEUES, enqueue=enqueue
        ),
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="Drill",
        summary="Practice and interview server for Python, NumPy and PyTorch coding.",
        version="1",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_middleware(
        RequestBodyGuard,
        max_body_bytes=body_limit_for(settings.max_code_bytes),
        max_code_bytes=settings.max_code_bytes,
    )
    install_error_handlers(app)
    app.include_router(api_router)
    app.add_api_route("/metrics", metrics_endpoint, include_in_schema=False)
    _mount_frontend(app)
    return app


def _mount_frontend(app: FastAPI) -> None:
    """The built page at `/`, and the same page for `/exercises/{id}` (a client-side
    route). A checkout whose front end was never built says how to build it."""
    index = FRONTEND_DIR / "index.html"
    if not index.is_file():

        def not_built() -> PlainTextResponse:
            return PlainTextResponse(
                "The front end is not built: run `make setup` (or `npm ci && npm run build` "
                "in frontend/). The API is at /api/v1 and its documentation at /docs.",
                status_code=503,
            )

        app.add_api_route("/", not_built, include_in_schema=False)
        return

    def page() -> FileResponse:
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    app.add_api_route("/exercises/{exercise_id}", page, include_in_schema=False)
    app.add_api_route("/sessions/{session_id}/{view}", page, include_in_schema=False)
    app.mount("/", StaticFiles(directory=FRONTEND_DIR, html=True), name="frontend")
