"""The application factory and its lifespan."""

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.bank import ExerciseFormatError
from app.main import create_app
from app.settings import Settings


def test_lifespan_wires_state_and_creates_the_database(app_settings: Settings) -> None:
    app = create_app(app_settings)
    with TestClient(app):
        state = app.state
        assert state.settings is app_settings
        assert "group_and_average" in state.bank
        assert state.queue.kind == "embedded" and state.queue.workers == app_settings.workers
    assert (app_settings.data_dir / "drill.db").is_file()


def test_an_invalid_bank_stops_start_up_with_its_problems(make_settings, tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    shutil.copytree(Settings().exercises_dir / "group_and_average", bank / "group_and_average")
    (bank / "group_and_average" / "prompt.md").unlink()
    app = create_app(make_settings(exercises_dir=bank))
    with pytest.raises(ExerciseFormatError) as info, TestClient(app):
        pass
    assert any("prompt.md" in problem for problem in info.value.problems)
