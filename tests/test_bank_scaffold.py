"""`drill exercises new` and the completeness rules `drill exercises check` applies."""

from pathlib import Path

import pytest

from app.bank import load_bank
from app.bank.scaffold import ScaffoldError, scaffold
from app.grading.bank_check import completeness_problems, grading_cases, summarize
from app.settings import REPO_ROOT, Settings


def test_a_scaffold_loads_but_is_not_complete(tmp_path: Path) -> None:
    folder = scaffold(tmp_path, "rolling_max")
    exercise = load_bank(tmp_path)["rolling_max"]
    assert exercise.path == folder
    assert exercise.meta.entry_points == ["rolling_max"]
    assert completeness_problems(exercise) == [
        "rolling_max: has 1 mutant(s); at least 3 are needed"
    ]


@pytest.mark.parametrize("bad", ["Rolling", "9lives", "a", "with-dash"])
def test_scaffold_refuses_bad_ids(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ScaffoldError, match="not a valid exercise id"):
        scaffold(tmp_path, bad)


def test_scaffold_never_overwrites(tmp_path: Path) -> None:
    scaffold(tmp_path, "rolling_max")
    with pytest.raises(ScaffoldError, match="already exists"):
        scaffold(tmp_path, "rolling_max")


def test_the_shipped_bank_is_complete() -> None:
    bank = load_bank(*Settings().exercise_dirs)
    assert [p for e in bank.values() for p in completeness_problems(e)] == []


def test_summary_counts_difficulties_kinds_topics_and_mutants() -> None:
    bank = load_bank(REPO_ROOT / "tests" / "data" / "bank")
    lines = summarize(bank, ["demo_sum: mutant x must be rejected but the tests accept it"])
    assert lines.splitlines() == [
        "exercises: 1 (easy 1)",
        "kinds: function 1",
        "topics: python 1",
        "mutants rejected: 2/3",
        "alternative solutions accepted: 1/1",
        "benchmarks: 0 exercises, 0 cases",
    ]


def test_summary_counts_alternatives_the_tests_refused() -> None:
    bank = load_bank(REPO_ROOT / "tests" / "data" / "bank")
    problems = ["demo_sum: alternative explicit_loop must be accepted but got wrong_answer"]
    assert "alternative solutions accepted: 0/1" in summarize(bank, problems).splitlines()


def test_alternatives_are_graded_as_correct_solutions() -> None:
    exercise = load_bank(REPO_ROOT / "tests" / "data" / "bank")["demo_sum"]
    assert (
        "demo_sum: alternative explicit_loop",
        exercise.alternatives["explicit_loop"],
        "accepted",
    ) in grading_cases(exercise)


def test_completeness_asks_for_hints_tolerance_and_follow_ups(tmp_path: Path) -> None:
    folder = scaffold(tmp_path, "rolling_max")
    toml = folder / "exercise.toml"
    toml.write_text(toml.read_text().replace('  "A stronger hint.",\n', ""))
    prompt = folder / "prompt.md"
    prompt.write_text(prompt.read_text().split("## Tolerance")[0])
    notes = folder / "notes.md"
    notes.write_text(notes.read_text().split("## What an interviewer")[0])
    problems = completeness_problems(load_bank(tmp_path)["rolling_max"])
    assert problems[1:] == [
        "rolling_max: has 1 hint(s); at least 2, each giving more away",
        "rolling_max: prompt.md has no '## Tolerance' section (how results are compared: "
        "exactly, or the rtol/atol per dtype)",
        "rolling_max: notes.md has no section of follow-up questions (a '## ' heading that "
        "says 'follow-up' or 'interviewer')",
    ]


def test_exercise_path_setting_adds_directories(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRILL_EXERCISE_PATH", "/srv/bank-a:/srv/bank-b")
    assert Settings().exercise_dirs[1:] == [Path("/srv/bank-a"), Path("/srv/bank-b")]
