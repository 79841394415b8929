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
    assert set(exercise.alternatives) == {"explicit_loop"}
    assert exercise.public_tests[0].code.startswith("def test_small_list(total):")


@pytest.mark.parametrize("name", ["prompt.md", "mutants/returns_zero.py"])
def test_a_file_that_is_not_utf8_is_named(bank: Path, name: str) -> None:
    path = bank / "demo_sum" / name
    offset = len(path.read_bytes()) + len(b"\n# caf")
    path.write_bytes(path.read_bytes() + b"\n# caf\xe9\n")
    assert problems(bank) == [f"{path}: not valid UTF-8 (byte {offset}); save it as UTF-8"]


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


TIMED = Path(__file__).parent / "data" / "timed_bank" / "timed_scale"


@pytest.fixture
def timed(tmp_path: Path) -> Path:
    shutil.copytree(TIMED, tmp_path / "timed_scale")
    return tmp_path / "timed_scale"


def test_a_benchmarked_exercise_loads_its_spec_generators_and_baseline(timed: Path) -> None:
    exercise = load_bank(timed.parent)["timed_scale"]
    assert exercise.has_benchmarks
    (case,) = exercise.meta.benchmark.cases
    assert (case.name, case.inputs, case.max_ratio, case.min_ratio) == (
        "two_million", "two_million", 3.0, 0.1,
    )  # fmt: skip
    assert "def two_million(seed" in exercise.benchmarks_code
    assert exercise.baseline_code is not None and "for i in range" in exercise.baseline_code


def test_the_benchmark_table_needs_benchmarks_py(timed: Path) -> None:
    (timed / "benchmarks.py").unlink()
    assert problems(timed.parent) == [
        f"{timed / 'benchmarks.py'}: required by the [benchmark] table in exercise.toml"
    ]


def test_each_case_names_a_generator_and_an_entry_point(timed: Path) -> None:
    toml = timed / "exercise.toml"
    toml.write_text(
        toml.read_text().replace('inputs = "two_million"', 'inputs = "nowhere"\nentry = "total"')
    )
    assert problems(timed.parent) == [
        f"{timed / 'benchmarks.py'}: defines no function 'nowhere' (case 'two_million')",
        f"{toml}: benchmark case 'two_million': entry 'total' is not one of the entry_points "
        "['scale']",
    ]


def test_a_bound_must_be_above_one_and_unknown_keys_are_errors(timed: Path) -> None:
    toml = timed / "exercise.toml"
    toml.write_text(toml.read_text().replace("max_ratio = 3.0", "max_ratio = 0.5\nrepeat = 3"))
    found = problems(timed.parent)
    assert f"{toml}: field 'benchmark.cases.0.max_ratio': Input should be greater than 1" in found
    assert f"{toml}: field 'benchmark.cases.0.repeat': Extra inputs are not permitted" in found


def test_benchmark_files_without_a_table_are_errors(bank: Path) -> None:
    shutil.copy(TIMED / "benchmarks.py", bank / "demo_sum" / "benchmarks.py")
    assert problems(bank) == [
        f"{bank / 'demo_sum' / 'benchmarks.py'}: exercise.toml has no [benchmark] table to use it"
    ]
