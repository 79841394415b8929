"""The `drill` command line, run in-process through `main(argv)`."""

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from support import reference_code

from app.cli import main
from app.settings import Settings

WRONG = "def group_and_average(results, group_key='geometry', value_key='error'):\n    return {}\n"


@pytest.fixture
def drill(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """Run `drill ARGS...` with this test's data dir; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("DRILL_DATA_DIR", str(data_dir))
    monkeypatch.delenv("DRILL_DATABASE_URL", raising=False)

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def small_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bank holding only group_and_average (quick to check), used via DRILL_EXERCISES_DIR."""
    bank = tmp_path / "bank"
    shutil.copytree(Settings().exercises_dir / "group_and_average", bank / "group_and_average")
    monkeypatch.setenv("DRILL_EXERCISES_DIR", str(bank))
    return bank


def write(tmp_path: Path, code: str | bytes) -> Path:
    path = tmp_path / "solution.py"
    if isinstance(code, bytes):
        path.write_bytes(code)
    else:
        path.write_text(code, encoding="utf-8")
    return path


def test_grade_accepted_prints_the_report_and_exits_0(drill, tmp_path: Path) -> None:
    path = write(tmp_path, reference_code("group_and_average"))
    code, out, _ = drill("grade", "--exercise", "group_and_average", str(path))
    assert code == 0
    assert out.startswith("verdict: accepted")
    assert "hidden" in out, "submit is the default mode"


def test_grade_rejected_as_json_exits_1(drill, tmp_path: Path) -> None:
    path = write(tmp_path, WRONG)
    code, out, _ = drill(
        "grade", "--exercise", "group_and_average", "--mode", "run", "--json", str(path)
    )
    assert code == 1
    result = json.loads(out)
    assert result["verdict"] == "wrong_answer"
    assert result["tests"] and not any(t["hidden"] for t in result["tests"])


def test_grade_unknown_exercise_exits_2_listing_the_ids(drill, tmp_path: Path) -> None:
    code, out, err = drill("grade", "--exercise", "no_such", str(write(tmp_path, WRONG)))
    assert code == 2
    assert "unknown exercise 'no_such'; available:" in err and "group_and_average" in err
    assert out == ""


def test_grade_missing_file_exits_2(drill, tmp_path: Path) -> None:
    missing = tmp_path / "missing.py"
    code, _, err = drill("grade", "--exercise", "group_and_average", str(missing))
    assert code == 2
    assert f"{missing}: no such file" in err


def test_grade_file_that_is_not_utf8_exits_2(drill, tmp_path: Path) -> None:
    path = write(tmp_path, b"x = '\xe9'\n")
    code, _, err = drill("grade", "--exercise", "group_and_average", str(path))
    assert code == 2
    assert "not UTF-8" in err


def test_grade_rejects_an_unknown_mode(drill, tmp_path: Path) -> None:
    path = write(tmp_path, WRONG)
    code, _, err = drill("grade", "--exercise", "group_and_average", "--mode", "x", str(path))
    assert code == 2
    assert "--mode" in err


def test_exercises_check_passes_a_sound_bank(drill, small_bank: Path) -> None:
    code, out, _ = drill("exercises", "check")
    assert code == 0
    lines = out.strip().splitlines()
    assert any(
        line.startswith("ok   group_and_average: reference: accepted [runs_200k_500_groups passed")
        for line in lines
    )
    assert any(
        line.startswith("ok   group_and_average: baseline: too_slow [runs_200k_500_groups stopped")
        for line in lines
    )
    assert "ok   group_and_average: starter: runtime_error" in lines
    assert "ok   group_and_average: alternative running_totals: accepted" in " ".join(lines)
    assert lines[-7:] == [
        "exercises: 1 (easy 1)",
        "kinds: function 1",
        "topics: python 1, dicts 1, collections 1",
        "mutants rejected: 7/7",
        "alternative solutions accepted: 1/1",
        "benchmarks: 1 exercises, 1 cases",
        "OK: 1 exercises checked",
    ]


def test_exercises_check_reports_tests_that_accept_the_starter(drill, small_bank: Path) -> None:
    folder = small_bank / "group_and_average"
    shutil.copy(folder / "reference.py", folder / "starter.py")
    code, out, err = drill("exercises", "check")
    assert code == 1
    assert "group_and_average: starter must be rejected" in out
    assert "1 problem(s)" in err


def test_exercises_check_reports_format_errors(drill, small_bank: Path) -> None:
    (small_bank / "group_and_average" / "exercise.toml").write_text("title = 'x'\n")
    code, _, err = drill("exercises", "check")
    assert code == 1
    assert "exercise.toml: field 'difficulty'" in err


def test_serve_refuses_an_invalid_bank_before_binding(drill, small_bank: Path) -> None:
    (small_bank / "group_and_average" / "notes.md").unlink()
    code, _, err = drill("serve", "--port", "1")
    assert code == 1
    assert "cannot start" in err and "notes.md" in err


def test_serve_rejects_invalid_settings(drill) -> None:
    code, _, err = drill("serve", "--workers", "0")
    assert code == 2
    assert "workers" in err


def test_exercises_new_scaffolds_a_folder_that_check_then_reports(
    drill, small_bank: Path
) -> None:
    code, out, _ = drill("exercises", "new", "rolling_max")
    assert code == 0
    assert out.splitlines()[-1] == "fill in every file, then run: drill exercises check rolling_max"
    assert (small_bank / "rolling_max" / "exercise.toml").is_file()
    code, out, _ = drill("exercises", "check", "rolling_max")
    assert code == 1
    assert "rolling_max: has 1 mutant(s); at least 3 are needed" in out
    assert "rolling_max: starter must be rejected but the tests accept it" in out
    code, _, err = drill("exercises", "new", "rolling_max")
    assert (code, "already exists" in err) == (2, True)


def test_exercises_check_only_the_named_ones(drill, small_bank: Path) -> None:
    code, _, err = drill("exercises", "check", "no_such_exercise")
    assert code == 2
    assert "unknown exercise(s) no_such_exercise" in err


TIMED_BANK = Path(__file__).parent / "data" / "timed_bank"


def test_grade_prints_a_benchmark_table(drill, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRILL_EXERCISE_PATH", str(TIMED_BANK))
    reference = str(TIMED_BANK / "timed_scale" / "reference.py")
    code, out, _ = drill("grade", "--exercise", "timed_scale", reference)
    assert code == 0, out
    header = next(line for line in out.splitlines() if line.startswith("benchmarks on cpu ("))
    table = out.split(header, 1)[1].splitlines()[1:]
    assert table[0].split() == ["submission", "reference", "ratio", "bound", "result"]
    row = table[1].split()
    assert row[0] == "two_million" and row[2] == row[4] == "ms"
    assert row[-3:] == ["<=", "3x", "PASSED"]


def test_exercises_check_requires_the_baseline_to_be_too_slow(
    drill, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = tmp_path / "timed"
    shutil.copytree(TIMED_BANK, bank)
    monkeypatch.setenv("DRILL_EXERCISES_DIR", str(bank))
    code, out, _ = drill("exercises", "check")
    assert code == 0, out
    assert "ok   timed_scale: baseline: too_slow [two_million " in out
    assert "benchmarks: 1 exercises, 1 cases" in out

    folder = bank / "timed_scale"
    shutil.copy(folder / "reference.py", folder / "baseline.py")
    code, out, _ = drill("exercises", "check")
    assert code == 1
    assert "timed_scale: baseline must pass the tests and miss the benchmark's bound" in out


def test_submit_against_a_live_server_exits_0_only_when_accepted(
    drill, live_server, tmp_path: Path
) -> None:
    correct = write(tmp_path, reference_code("group_and_average"))
    code, out, _ = drill(
        "submit", str(correct), "--exercise", "group_and_average", "--server", live_server.url,
        "--wait",
    )  # fmt: skip
    assert code == 0, out
    assert out.startswith("verdict: accepted")
    wrong = write(tmp_path, WRONG)
    code, out, _ = drill(
        "submit", str(wrong), "--exercise", "group_and_average", "--server", live_server.url,
        "--format", "junit",
    )  # fmt: skip
    assert code == 1
    assert out.startswith("<?xml") and "<failure" in out
    code, out, _ = drill(
        "submit", str(wrong), "--exercise", "group_and_average", "--server", live_server.url,
        "--format", "json", "--mode", "run",
    )  # fmt: skip
    assert code == 1 and json.loads(out)["verdict"] == "wrong_answer"


def test_submit_says_when_the_server_cannot_be_reached(drill, tmp_path: Path) -> None:
    path = write(tmp_path, WRONG)
    code, _, err = drill(
        "submit", str(path), "--exercise", "x", "--server", "http://127.0.0.1:9"
    )
    assert code == 2
    assert "cannot reach http://127.0.0.1:9" in err
