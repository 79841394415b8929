"""Shared fixtures: settings on a temp data dir, the app, databases, a live server.

Helpers that are not fixtures live in support.py. Everything is real: the exercise
bank in exercises/, the bubblewrap sandbox, SQLite files and the PostgreSQL on
127.0.0.1:5432. Each test gets its own data directory; only the cache of reference
results (`expectations/`) is shared across the session, so each exercise's reference
runs in a sandbox once rather than once per test.
"""

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest
from fastapi.testclient import TestClient
from psycopg import sql
from support import LiveServer

from app.grading.pool import start_pool, stop_pool
from app.main import create_app
from app.settings import REPO_ROOT, Settings
from sandbox import WarmPool

if TYPE_CHECKING:
    from playwright.sync_api import Browser

POSTGRES_ADMIN_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"


@pytest.fixture(scope="session", autouse=True)
def warm_pool() -> Iterator[WarmPool | None]:
    """Grading in this session forks from one warm zygote, as the server does; the cold
    path is exercised by the tests that call `run_in_sandbox` without a pool."""
    pool = start_pool(Settings(), wait=True)
    yield pool
    stop_pool(pool)


@pytest.fixture(scope="session")
def shared_expectations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("expectations")


@pytest.fixture
def data_dir(tmp_path: Path, shared_expectations: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    (path / "expectations").symlink_to(shared_expectations, target_is_directory=True)
    return path


@pytest.fixture
def make_settings(data_dir: Path) -> Callable[..., Settings]:
    """Settings on this test's data dir and SQLite, with any field overridden."""

    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {"data_dir": data_dir, "database_url": None, "workers": 2}
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
def app_settings(make_settings: Callable[..., Settings]) -> Settings:
    return make_settings()


@pytest.fixture
def client(app_settings: Settings) -> Iterator[TestClient]:
    """The app with its lifespan running (bank loaded, database created, workers up)."""
    with TestClient(create_app(app_settings)) as test_client:
        yield test_client


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"drill_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_ADMIN_DSN, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(POSTGRES_ADMIN_DSN, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each storage test runs once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'drill.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def live_server(data_dir: Path, tmp_path: Path) -> Iterator[LiveServer]:
    """A started server on this test's data dir; stopped (SIGTERM) at the end."""
    server = LiveServer(data_dir, tmp_path / "server.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


CHROMIUM = os.environ.get("DRILL_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FRONTEND_DIST = REPO_ROOT / "frontend" / "dist"


@pytest.fixture(scope="module")
def browser() -> Iterator["Browser"]:
    """Debian's Chromium, which `make setup` installs; missing, the tests fail (no skip)."""
    import playwright.sync_api as playwright_sync

    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: run `make setup` (apt-get install -y chromium)")
    if not (FRONTEND_DIST / "index.html").is_file():
        pytest.fail("the front end is not built: run `npm ci && npm run build` in frontend/")
    with playwright_sync.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        )
        yield launched
        launched.close()
