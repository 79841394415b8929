"""Verdicts for real submissions to a small test exercise, graded in the real sandbox."""

import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.bank import Exercise, load_bank
from app.bank.models import LimitOverrides
from app.grading import GradeResult, Mode, TestStatus, Verdict, check_bank, grade, render_report
from app.grading.expectations import Expectation
from app.grading.grader import judge
from app.grading.limits import limits_for
from app.settings import Settings
from sandbox import Limits, RunOutcome
from sandbox.cgroup import RunCgroup

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
    assert "wall-time limit of 1 s (DRILL_WALL_TIME_S)" in result.message


def test_allocating_too_much_is_memory_limit_exceeded(submit) -> None:
    result = submit(
        "def total(xs):\n    block = bytearray(4 * 1024 ** 3)\n    return 0\n", Mode.run
    )
    assert result.verdict == Verdict.memory_limit_exceeded
    assert "512 MB" in result.message
    assert "memory limit of 512 MB (set by this exercise)" in result.message
    assert "memory limit of 512 MB (set by this exercise)" in result.tests[0].message


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
        "demo_sum: alternative explicit_loop",
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


def test_check_bank_names_an_alternative_the_tests_refuse(
    exercise: Exercise, settings: Settings
) -> None:
    wrong = {"wrong": "def total(xs):\n    return 0\n"}
    strict = exercise.model_copy(update={"alternatives": wrong})
    (problem,) = check_bank({"demo_sum": strict}, settings)
    assert problem.startswith("demo_sum: alternative wrong must be accepted but got wrong_answer: ")


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


# Every limit ends in a verdict whose message names the limit, its value and where the
# value was set. `plain` is demo_sum without its own [limits], so the (low) settings
# below apply and messages name their DRILL_* variable.

THREADS = (
    "import threading, time\n\n"
    "def total(xs):\n"
    "    for _ in range(100):\n"
    "        threading.Thread(target=time.sleep, args=(5,), daemon=True).start()\n"
)
FORKS = (
    "import os, time\n\n"
    "def total(xs):\n"
    "    for _ in range(100):\n"
    "        if os.fork() == 0:\n"
    "            time.sleep(5)\n"
    "            os._exit(0)\n"
)
BIG_FILE = "def total(xs):\n    open('/tmp/big', 'wb').write(b'x' * (2 * 1024 * 1024))\n"
MANY_FILES = (
    "def total(xs):\n"
    "    for n in range(4):\n"
    "        open(f'/tmp/part{n}', 'wb').write(b'x' * (512 * 1024))\n"
)


def cgroups_available() -> bool:
    group = RunCgroup.create(memory_bytes=256 * 1024 * 1024, max_pids=8)
    if group is None:
        return False
    group.destroy()
    return True


needs_cgroups = pytest.mark.skipif(
    not cgroups_available(), reason="the pids counter needs a per-run cgroup (root)"
)


@pytest.fixture(scope="module")
def plain(exercise: Exercise) -> Exercise:
    return exercise.model_copy(
        update={"meta": exercise.meta.model_copy(update={"limits": LimitOverrides()})}
    )


@pytest.fixture
def submit_with(plain: Exercise, settings: Settings):
    """Grades `code` (run mode) against `plain` with some settings changed."""

    def run(code: str, **limits: object) -> GradeResult:
        return grade(plain, code, Mode.run, settings.model_copy(update=limits))

    return run


@pytest.mark.parametrize("code", [THREADS, FORKS], ids=["threads", "forks"])
def test_past_the_process_limit_is_a_runtime_error_naming_it(submit_with, code: str) -> None:
    result = submit_with(code, max_processes=8)
    assert result.verdict == Verdict.runtime_error, render_report(result)
    named = "limit of 8 processes/threads (DRILL_MAX_PROCESSES)"
    assert result.message.startswith(f"the run hit the {named}; ")
    assert result.tests[0].status == TestStatus.error
    assert result.tests[0].message.startswith(f"hit the {named}:\n")


@needs_cgroups
def test_a_death_after_the_process_limit_names_it_from_the_cgroup(submit_with) -> None:
    code = (
        "import os, threading, time\n\n"
        "def total(xs):\n"
        "    try:\n"
        "        for _ in range(100):\n"
        "            threading.Thread(target=time.sleep, args=(5,), daemon=True).start()\n"
        "    except RuntimeError:\n"
        "        os._exit(3)\n"
    )
    result = submit_with(code, max_processes=8)
    named = "limit of 8 processes/threads (DRILL_MAX_PROCESSES)"
    assert result.verdict == Verdict.runtime_error, render_report(result)
    assert result.message == (
        f"the run hit the {named}; the process ended before all tests ran (exit code 3)"
    )
    assert result.tests[0].message == (
        f"the process died during this test (exit code 3) after the run hit the {named}"
    )


@needs_cgroups
def test_a_forged_thread_error_does_not_claim_the_process_limit(submit_with) -> None:
    result = submit_with(
        'def total(xs):\n    raise RuntimeError("can\'t start new thread")\n', max_processes=8
    )
    assert result.verdict == Verdict.runtime_error
    assert "processes/threads" not in result.message + result.tests[0].message


def test_a_correct_solution_that_handles_the_process_limit_is_accepted(submit_with) -> None:
    code = (
        "import threading, time\ntry:\n    for _ in range(100):\n"
        "        threading.Thread(target=time.sleep, args=(5,), daemon=True).start()\n"
        "except RuntimeError:\n    pass\n\n" + CORRECT
    )
    assert submit_with(code, max_processes=8).verdict == Verdict.accepted


def test_a_file_past_the_file_size_limit_is_output_limit_exceeded(submit_with) -> None:
    result = submit_with(BIG_FILE, max_file_mb=1)
    assert result.verdict == Verdict.output_limit_exceeded, render_report(result)
    assert result.message == (
        "a file went over the file-size limit of 1 MB (DRILL_MAX_FILE_MB); write smaller files"
    )
    assert result.tests[0].message.startswith(
        "hit the file-size limit of 1 MB (DRILL_MAX_FILE_MB):\n"
    )
    assert "File too large" in result.tests[0].message


def test_a_run_killed_by_sigxfsz_is_output_limit_exceeded(
    submit_with, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Python ignores SIGXFSZ; code that restores it is killed at the limit (cold path:
    # the harness is not its namespace's pid 1 there, which no signal could kill).
    monkeypatch.setattr("app.grading.grader.current_pool", lambda: None)
    code = "import signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n\n" + BIG_FILE
    result = submit_with(code, max_file_mb=1)
    assert result.verdict == Verdict.output_limit_exceeded, render_report(result)
    assert "file-size limit of 1 MB (DRILL_MAX_FILE_MB)" in result.message
    assert result.tests[0].message == (
        "killed: a file went over the file-size limit of 1 MB (DRILL_MAX_FILE_MB)"
    )


def test_filling_the_scratch_disk_is_output_limit_exceeded(submit_with) -> None:
    result = submit_with(MANY_FILES, scratch_mb=1)
    assert result.verdict == Verdict.output_limit_exceeded, render_report(result)
    assert result.message == (
        "the scratch disk (/tmp, /dev/shm) is full: the code wrote more than the "
        "scratch-disk limit of 1 MB (DRILL_SCRATCH_MB); write less, or delete files it "
        "no longer needs"
    )
    assert result.tests[0].message.startswith(
        "hit the scratch-disk limit of 1 MB (DRILL_SCRATCH_MB):\n"
    )
    assert "No space left on device" in result.tests[0].message


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_output_past_the_limit_names_the_limit_and_the_stream(submit_with, stream: str) -> None:
    # More than a pipe holds: the write blocks until the host has read past the cap.
    code = f"import sys\n\ndef total(xs):\n    sys.{stream}.write('x' * 1_000_000)\n"
    result = submit_with(code, max_output_kb=1)
    assert result.verdict == Verdict.output_limit_exceeded
    named = "output limit of 1 KiB per stream (DRILL_MAX_OUTPUT_KB)"
    assert result.message == f"the output went over the {named} on {stream}; print less"
    assert result.tests[0].message == f"stopped: the output went over the {named} on {stream}"


def test_cpu_time_past_the_limit_names_it(submit_with) -> None:
    result = submit_with("def total(xs):\n    while True:\n        pass\n", cpu_time_s=1)
    assert result.verdict == Verdict.time_limit_exceeded
    named = "CPU-time limit of 1 s (DRILL_CPU_TIME_S)"
    assert result.message == f"the run was stopped at the {named}"
    assert result.tests[0].message == f"stopped after the {named}"


def test_an_oversized_report_is_output_limit_exceeded_naming_the_report_limit() -> None:
    outcome = RunOutcome(
        events=[], stdout="", stderr="", exit_code=-9, wall_ms=1.0, cpu_ms=1.0,
        peak_memory_mb=1.0, output_exceeded=True, output_exceeded_on="report",
    )  # fmt: skip
    result = judge([], outcome, Limits())
    assert result.verdict == Verdict.output_limit_exceeded
    assert result.message == (
        "the values the tests returned went over the report limit of 64 MB; return smaller values"
    )


def test_an_exception_the_reference_raises_too_is_not_a_limit() -> None:
    memory = {"type": "MemoryError", "mro": ["MemoryError", "Exception"], "message": "too big"}
    full = {"type": "OSError", "mro": ["OSError", "Exception"], "message": "[Errno 28] full"}
    memory, full = {**memory, "memory": True}, {**full, "memory": False, "errno": 28}
    expected = [
        Expectation(name=name, hidden=False, options={}, outcome="raised", exception=exc)
        for name, exc in (("test_a", memory), ("test_b", full))
    ]
    events = [
        {"event": "result", "test": e.name, "hidden": False, "outcome": "raised",
         "exception": e.exception}
        for e in expected
    ] + [{"event": "done"}]  # fmt: skip
    outcome = RunOutcome(
        events=events, stdout="", stderr="", exit_code=0, wall_ms=1.0, cpu_ms=1.0,
        peak_memory_mb=1.0,
    )  # fmt: skip
    assert judge(expected, outcome, Limits()).verdict == Verdict.accepted


OVERRIDES = [
    ("max_processes", 6, THREADS, Verdict.runtime_error, "limit of 6 processes/threads"),
    ("max_file_mb", 1, BIG_FILE, Verdict.output_limit_exceeded, "file-size limit of 1 MB"),
    ("scratch_mb", 1, MANY_FILES, Verdict.output_limit_exceeded, "scratch-disk limit of 1 MB"),
    (
        "max_output_kb",
        2,
        "def total(xs):\n    print('x' * 5000)\n",
        Verdict.output_limit_exceeded,
        "output limit of 2 KiB per stream",
    ),
]


@pytest.mark.parametrize(
    ("key", "value", "code", "verdict", "named"), OVERRIDES, ids=[o[0] for o in OVERRIDES]
)
def test_an_exercise_override_is_the_limit_applied_and_named(
    settings: Settings, tmp_path: Path, key: str, value: int, code: str, verdict: Verdict,
    named: str,
) -> None:  # fmt: skip
    bank = tmp_path / "bank"
    shutil.copytree(BANK / "demo_sum", bank / "demo_sum")
    toml = bank / "demo_sum" / "exercise.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + f"{key} = {value}\n", encoding="utf-8")
    exercise = load_bank(bank)["demo_sum"]
    assert getattr(exercise.meta.limits, key) == value
    limits = limits_for(exercise, settings)
    applied = limits.max_output_bytes // 1024 if key == "max_output_kb" else getattr(limits, key)
    assert applied == value
    result = grade(exercise, code, Mode.run, settings)
    assert result.verdict == verdict, render_report(result)
    assert f"{named} (set by this exercise)" in result.message


@pytest.mark.parametrize(
    "override",
    [
        {"max_processes": 3},
        {"max_processes": 5000},
        {"scratch_mb": 0},
        {"scratch_mb": 10_000},
        {"max_file_mb": 0},
        {"max_output_kb": 0},
        {"max_output_kb": 100_000},
        {"max_threads": 4},
    ],
)
def test_limit_overrides_out_of_bounds_are_refused(override: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        LimitOverrides(**override)
