"""Connecting to the configured database."""

import threading
from pathlib import Path

from sqlalchemy import text

from app.db import create_db_engine, init_db
from app.db.engine import normalise_url
from app.settings import Settings


def test_default_sqlite_lives_in_a_created_data_dir_with_wal(tmp_path: Path) -> None:
    data_dir = tmp_path / "not" / "there" / "yet"
    engine = create_db_engine(Settings(data_dir=data_dir, database_url=None))
    try:
        init_db(engine)
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert (data_dir / "drill.db").is_file()
    finally:
        engine.dispose()


def test_sqlite_connections_can_be_used_from_other_threads(tmp_path: Path) -> None:
    engine = create_db_engine(Settings(data_dir=tmp_path))
    errors: list[BaseException] = []
    try:
        init_db(engine)
        connection = engine.connect()

        def use() -> None:
            try:
                connection.execute(text("SELECT count(*) FROM submissions")).scalar()
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=use)
        thread.start()
        thread.join()
        connection.close()
    finally:
        engine.dispose()
    assert errors == []


def test_plain_postgresql_urls_use_psycopg_3() -> None:
    url = normalise_url("postgresql://drill:secret@db:5432/drill")
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.database, url.password) == ("db", "drill", "secret")
    assert normalise_url("sqlite:///x.db").drivername == "sqlite"


def test_postgresql_engine_creates_the_table(postgres_url: str, tmp_path: Path) -> None:
    engine = create_db_engine(Settings(data_dir=tmp_path, database_url=postgres_url))
    try:
        init_db(engine)
        init_db(engine)  # idempotent: a restart must not fail
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM submissions")).scalar() == 0
    finally:
        engine.dispose()
