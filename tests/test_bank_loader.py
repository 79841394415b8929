"""Strict validation of the exercise bank on disk."""

import shutil
from pathlib import Path

import pytest

from app.bank import ExerciseFormatError, load_bank
from app.settings import REPO_ROOT

DEMO = Path(__file__).parent / "data" / "bank" / "demo_sum"


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    shutil.copytree(DEMO, tmp_path / "demo_sum")
    return tmp_path


def problems(root: Path) -> list[str]:
    with pytest.raises(ExerciseFormatError) as info:
        load_bank(root)
    return info.value.problems


def test_the_shipped_bank_loads() -> None:
    bank = load_bank(REPO_ROOT / "exercises")
    assert {"group_and_average", "pairwise_distances", "simulation_result"} <= set(bank)


def test_demo_exercise_loads_with_its_parts(bank: Path) -> None:
    exercise = load_bank(bank)["demo_sum"]
    assert [t.name for t in exercise.public_tests] == ["test_small_list", "test_floats"]
    assert exercise.hidden_test_names == ["test_empty", "test_none_is_refused", "test_many"]
    assert set(exercise.mutants) == {"skips_first", "no_validation", "returns_zero"}
    assert exercise.public_tests[0].code.startswith("def test_small_list(total):")


def test_unknown_key_names_file_and_field(bank: Path) -> None:
    toml = bank / "demo_sum" / "exercise.toml"
    toml.write_text(toml.read_text().replace('kind = "function"', 'kind = "function"\ncolour = 1'))
    assert problems(bank) == [f"{toml}: field 'colour': Extra inputs are not permitted"]


def test_bad_value_names_file_and_field(bank: Path) -> None:
    toml = bank / "demo_sum" / "exercise.toml"
    toml.write_text(toml.read_text().replace('"easy"', '"trivial"'))
    (message,) = problems(bank)
    assert message.startswith(f"{toml}: field 'difficulty': Input should be 'easy'")


def test_missing_file_is_named(bank: Path) -> None:
    (bank / "demo_sum" / "notes.md").unlink()
    assert problems(bank) == [f"{bank / 'demo_sum' / 'notes.md'}: required file is missing"]


def test_test_parameters_must_be_entry_points(bank: Path) -> None:
    tests = bank / "demo_sum" / "tests_public.py"
    tests.write_text(tests.read_text() + "\n\ndef test_other(summa):\n    return summa([])\n")
    (message,) = problems(bank)
    assert "test_other: parameters ['summa'] are not entry points" in message


def test_exercise_without_mutants_is_refused(bank: Path) -> None:
    shutil.rmtree(bank / "demo_sum" / "mutants")
    (message,) = problems(bank)
    assert "needs at least one wrong solution" in message


def test_every_problem_is_reported_at_once(bank: Path) -> None:
    shutil.copytree(bank / "demo_sum", bank / "second")
    (bank / "demo_sum" / "prompt.md").unlink()
    (bank / "second" / "reference.py").write_text("def total(:\n")
    found = problems(bank)
    assert len(found) == 2
    assert "syntax error" in found[1]


def test_a_second_root_adds_exercises_and_a_clash_is_named(
    bank: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    private = tmp_path_factory.mktemp("private")
    shutil.copytree(DEMO, private / "company_question")
    assert set(load_bank(bank, private)) == {"demo_sum", "company_question"}
    shutil.copytree(DEMO, private / "demo_sum")
    (message,) = problems_of(bank, private)
    assert "exercise id 'demo_sum' is also defined in" in message


def problems_of(*roots: Path) -> list[str]:
    with pytest.raises(ExerciseFormatError) as info:
        load_bank(*roots)
    return info.value.problems
