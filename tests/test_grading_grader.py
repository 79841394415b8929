"""Verdicts for real submissions to a small test exercise, graded in the real sandbox."""

from pathlib import Path

import pytest

from app.bank import Exercise, load_bank
from app.grading import GradeResult, Mode, TestStatus, Verdict, check_bank, grade, render_report
from app.settings import Settings

BANK = Path(__file__).parent / "data" / "bank"
CORRECT = (
    "def total(xs):\n    if xs is None:\n        raise ValueError('None given')\n"
    "    return sum(xs)\n"
)


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(exercises_dir=BANK, data_dir=tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def exercise(settings: Settings) -> Exercise:
    return load_bank(settings.exercises_dir)["demo_sum"]


@pytest.fixture
def submit(exercise: Exercise, settings: Settings):
    def run(code: str, mode: Mode = Mode.submit) -> GradeResult:
        return grade(exercise, code, mode, settings)

    return run


def statuses(result: GradeResult) -> dict[str, TestStatus]:
    return {t.name: t.status for t in result.tests}


def test_correct_solution_is_accepted_with_timings(submit) -> None:
    result = submit(CORRECT)
    assert result.verdict == Verdict.accepted, render_report(result)
    assert set(statuses(result).values()) == {TestStatus.passed}
    assert [t.hidden for t in result.tests] == [False, False, True, True, True]
    assert result.timings.run_ms > 0
    assert result.timings.cpu_ms > 0
    assert result.timings.peak_memory_mb > 0


def test_run_mode_grades_public_tests_only(submit) -> None:
    result = submit(CORRECT, Mode.run)
    assert result.verdict == Verdict.accepted
    assert [t.name for t in result.tests] == ["test_small_list", "test_floats"]


def test_wrong_value_is_a_wrong_answer_with_both_values(submit) -> None:
    result = submit("def total(xs):\n    return sum(xs) + 1\n")
    assert result.verdict == Verdict.wrong_answer
    small = next(t for t in result.tests if t.name == "test_small_list")
    assert small.status == TestStatus.failed
    assert small.message == "result: expected 6, got 7"


def test_wrong_exception_type_fails_naming_both(submit) -> None:
    result = submit("def total(xs):\n    return sum(xs)\n")
    assert result.verdict == Verdict.wrong_answer
    refused = next(t for t in result.tests if t.name == "test_none_is_refused")
    assert "expected ValueError to be raised, but it raised TypeError" in refused.message


def test_exception_message_must_match(submit) -> None:
    result = submit(
        "def total(xs):\n    if xs is None:\n        raise ValueError('bad')\n    return sum(xs)\n"
    )
    refused = next(t for t in result.tests if t.name == "test_none_is_refused")
    assert refused.status == TestStatus.failed
    assert "does not say what went wrong" in refused.message


def test_syntax_error_names_the_line(submit) -> None:
    result = submit("def total(xs):\n    return sum(xs\n")
    assert result.verdict == Verdict.syntax_error
    assert result.message.startswith("line 2:")
    assert set(statuses(result).values()) == {TestStatus.skipped}


def test_exception_at_import_shows_the_users_traceback(submit) -> None:
    result = submit("def helper():\n    return 1 / 0\n\nhelper()\n")
    assert result.verdict == Verdict.runtime_error
    assert 'File "solution.py", line 4' in result.message
    assert 'File "solution.py", line 2, in helper' in result.message
    assert "ZeroDivisionError: division by zero" in result.message
    assert "/opt/drill" not in result.message


def test_exception_in_a_test_is_an_error_with_a_trimmed_traceback(submit) -> None:
    result = submit("def total(xs):\n    return xs[100]\n")
    assert result.verdict == Verdict.runtime_error
    small = next(t for t in result.tests if t.name == "test_small_list")
    assert small.status == TestStatus.error
    assert 'File "solution.py", line 2, in total' in small.message
    assert "IndexError" in small.message
    assert "tests_public" not in small.message


def test_missing_entry_point_is_named(submit) -> None:
    result = submit("def add_up(xs):\n    return sum(xs)\n")
    assert result.verdict == Verdict.runtime_error
    assert result.tests[0].message == "the code does not define `total`"


def test_infinite_loop_is_time_limit_exceeded(submit) -> None:
    result = submit("def total(xs):\n    while True:\n        pass\n", Mode.run)
    assert result.verdict == Verdict.time_limit_exceeded
    assert result.tests[0].status == TestStatus.timeout
    assert result.tests[1].status == TestStatus.skipped


def test_sleeping_forever_is_time_limit_exceeded(exercise: Exercise, settings: Settings) -> None:
    quick = settings.model_copy(update={"wall_time_s": 1.0})
    slow = exercise.model_copy(
        update={"meta": exercise.meta.model_copy(update={"limits": type(exercise.meta.limits)()})}
    )
    result = grade(slow, "import time\ntime.sleep(3600)\n", Mode.run, quick)
    assert result.verdict == Verdict.time_limit_exceeded
    assert "wall-time limit of 1 s" in result.message


def test_allocating_too_much_is_memory_limit_exceeded(submit) -> None:
    result = submit(
        "def total(xs):\n    block = bytearray(4 * 1024 ** 3)\n    return 0\n", Mode.run
    )
    assert result.verdict == Verdict.memory_limit_exceeded
    assert "512 MB" in result.message


def test_huge_output_is_output_limit_exceeded(submit) -> None:
    result = submit("print('x' * 100_000_000)\n")
    assert result.verdict == Verdict.output_limit_exceeded


def test_interpreter_crash_is_a_runtime_error_and_the_next_run_is_fine(submit) -> None:
    crashed = submit("import ctypes\n\ndef total(xs):\n    ctypes.string_at(0)\n", Mode.run)
    assert crashed.verdict == Verdict.runtime_error
    assert "SIGSEGV" in crashed.tests[0].message
    assert submit(CORRECT).verdict == Verdict.accepted


def test_exiting_before_the_tests_is_not_a_pass(submit) -> None:
    result = submit("import os\nos._exit(0)\n")
    assert result.verdict == Verdict.runtime_error
    assert "ended before all tests ran" in result.message


def test_writing_to_the_report_channel_cannot_forge_a_pass(submit) -> None:
    forged = (
        "import json, os\n"
        "for fd in range(3, 30):\n"
        "    try:\n"
        '        os.write(fd, b\'{"event": "done"}\\n\')\n'
        "    except OSError:\n"
        "        pass\n"
        "def total(xs):\n    return 0\n"
    )
    result = submit(forged)
    assert result.verdict != Verdict.accepted


def test_a_forged_done_followed_by_an_early_exit_is_not_a_pass(submit) -> None:
    forged = (
        "import os\n"
        "for fd in range(3, 30):\n"
        "    try:\n"
        "        os.write(fd, b'{\"event\": \"done\"}\\n')\n"
        "    except OSError:\n"
        "        pass\n"
        "os._exit(0)\n"
    )
    result = submit(forged)
    assert result.verdict == Verdict.runtime_error
    assert "ended before all tests ran" in result.message


def test_non_utf8_source_is_a_syntax_error(submit) -> None:
    result = submit("x = '\udcff'\n")
    assert result.verdict == Verdict.syntax_error


def test_check_bank_accepts_the_reference_and_rejects_the_rest(
    exercise: Exercise, settings: Settings
) -> None:
    seen: list[tuple[str, bool]] = []
    problems = check_bank(
        {"demo_sum": exercise}, settings, progress=lambda label, _, ok: seen.append((label, ok))
    )
    assert problems == []
    assert sorted(label for label, _ in seen) == [
        "demo_sum: mutant no_validation",
        "demo_sum: mutant returns_zero",
        "demo_sum: mutant skips_first",
        "demo_sum: reference",
        "demo_sum: starter",
    ]


def test_check_bank_names_a_mutant_the_tests_miss(exercise: Exercise, settings: Settings) -> None:
    weak = exercise.model_copy(update={"mutants": {**exercise.mutants, "actually_right": CORRECT}})
    problems = check_bank({"demo_sum": weak}, settings)
    assert problems == ["demo_sum: mutant actually_right must be rejected but the tests accept it"]


def test_missing_bubblewrap_is_an_internal_error_that_says_how_to_fix_it(
    submit, monkeypatch: pytest.MonkeyPatch
) -> None:
    submit(CORRECT)  # expected values are cached before bwrap "disappears"
    monkeypatch.setattr("app.grading.grader.current_pool", lambda: None)  # cold path
    monkeypatch.setattr("sandbox.bwrap.shutil.which", lambda name: None)
    result = submit(CORRECT)
    assert result.verdict == Verdict.internal_error
    assert "apt-get install -y bubblewrap" in result.message


def test_a_sandbox_that_cannot_start_is_not_blamed_on_the_code(
    submit, monkeypatch: pytest.MonkeyPatch
) -> None:
    submit(CORRECT)
    monkeypatch.setattr("app.grading.grader.current_pool", lambda: None)  # cold path
    monkeypatch.setattr("sandbox.bwrap.shutil.which", lambda name: "/bin/false")
    result = submit(CORRECT)
    assert result.verdict == Verdict.internal_error
    assert result.message.startswith("the sandbox did not start (exit code 1)")
