"""Benchmarks end to end: real sandbox runs of tests/data/timed_bank/timed_scale, whose
benchmark times `scale(x, k)` on two million floats against the reference."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.bank import Exercise, load_bank
from app.grading.benchmarks import benchmark_request, judge_benchmarks
from app.grading.grader import grade
from app.grading.pool import current_pool
from app.grading.result import BenchmarkStatus, GradeResult, Mode, Verdict
from app.settings import Settings
from sandbox import RunOutcome, run_in_sandbox

TIMED_BANK = Path(__file__).parent / "data" / "timed_bank"
REFERENCE = (TIMED_BANK / "timed_scale" / "reference.py").read_text()

# Correct on the tests' small arrays; misbehaves only at the benchmark's size.
BIG = (
    "import numpy as np\n\ndef scale(x, k):\n    if x.size > 1000:\n        {}\n    return x * k\n"
)


@pytest.fixture
def timed_folder(tmp_path: Path) -> Path:
    """A private copy of the timed bank, which a test may edit."""
    shutil.copytree(TIMED_BANK, tmp_path / "bank")
    return tmp_path / "bank" / "timed_scale"


@pytest.fixture
def exercise(timed_folder: Path) -> Exercise:
    return load_bank(timed_folder.parent)["timed_scale"]


@pytest.fixture
def grade_timed(
    exercise: Exercise, make_settings: Callable[..., Settings]
) -> Callable[..., GradeResult]:
    def run(code: str, mode: Mode = Mode.submit) -> GradeResult:
        return grade(exercise, code, mode, make_settings())

    return run


def test_the_reference_passes_with_medians_ratio_and_device(grade_timed) -> None:
    result = grade_timed(REFERENCE)
    assert result.verdict == Verdict.accepted, result.message
    (bench,) = result.benchmarks
    assert bench.passed and bench.status == BenchmarkStatus.passed
    assert bench.name == "two_million"
    assert bench.device.startswith("cpu (") and "1 thread" in bench.device
    assert bench.user_ms > 0 and bench.reference_ms > 0
    assert 1 / 3 < bench.ratio < 3  # the same code on both sides
    assert bench.repetitions >= 5
    assert bench.max_ratio == 3.0 and bench.min_ratio == 0.1
    assert "benchmarks within bounds" in result.message


def test_run_mode_and_failing_tests_are_not_timed(grade_timed) -> None:
    assert grade_timed(REFERENCE, Mode.run).benchmarks == []
    wrong = grade_timed("def scale(x, k):\n    return x + k\n")
    assert wrong.verdict == Verdict.wrong_answer
    assert wrong.benchmarks == []


def test_a_slow_submission_is_stopped_not_run_to_completion(grade_timed) -> None:
    result = grade_timed(BIG.format("import time; time.sleep(60)"))
    assert result.verdict == Verdict.too_slow
    (bench,) = result.benchmarks
    assert bench.status == BenchmarkStatus.stopped and not bench.passed
    assert bench.user_ms < 60_000  # a lower bound: it never finished a call
    assert bench.ratio > bench.max_ratio
    assert "past twice the bound" in bench.message or "budget ran out" in bench.message
    assert "the reference" in bench.message


def test_a_fast_wrong_answer_at_benchmark_size_fails(grade_timed) -> None:
    result = grade_timed(BIG.format("return x * k + (x > 2.5)"))
    assert result.verdict == Verdict.wrong_answer
    (bench,) = result.benchmarks
    assert bench.status == BenchmarkStatus.wrong_output
    assert "sampled positions" in bench.message
    assert result.message.startswith("benchmark two_million:")


def test_running_out_of_memory_at_benchmark_size(grade_timed) -> None:
    result = grade_timed(BIG.format("raise MemoryError('cannot allocate memory')"))
    assert result.verdict == Verdict.memory_limit_exceeded
    assert result.benchmarks[0].status == BenchmarkStatus.error


def test_an_exception_at_benchmark_size_is_a_runtime_error(grade_timed) -> None:
    result = grade_timed(BIG.format("raise ValueError('too big for me')"))
    assert result.verdict == Verdict.runtime_error
    assert "raised ValueError" in result.benchmarks[0].message


def test_implausibly_fast_is_flagged_and_fails(
    timed_folder: Path, make_settings: Callable[..., Settings]
) -> None:
    # A reference that does its work forty times over makes an honest one-liner look
    # far faster than the exercise allows (min_ratio 0.5): flagged, never passed.
    (timed_folder / "reference.py").write_text(
        "import numpy as np\n\ndef scale(x, k):\n"
        "    for _ in range(40):\n        out = np.multiply(x, k)\n    return out\n"
    )
    toml = timed_folder / "exercise.toml"
    toml.write_text(toml.read_text().replace("min_ratio = 0.1", "min_ratio = 0.5"))
    exercise = load_bank(timed_folder.parent)["timed_scale"]
    result = grade(exercise, REFERENCE, Mode.submit, make_settings())
    assert result.verdict == Verdict.too_slow
    (bench,) = result.benchmarks
    assert bench.status == BenchmarkStatus.implausible and not bench.passed
    assert bench.ratio < 0.5
    assert "not trusted" in bench.message


ATTACK = """
import os
import stat
import numpy as np


def _attempts():
    found = 0
    # The report pipe is the timer's alone: only the two command pipes are open here.
    pipes = 0
    for fd in range(3, 1024):
        try:
            pipes += stat.S_ISFIFO(os.fstat(fd).st_mode)
        except OSError:
            pass
    if pipes != 2:
        found += 1
    # The timer holds the reference: its memory and descriptors must be out of reach.
    for path in (f'/proc/{os.getppid()}/mem', f'/proc/{os.getppid()}/environ'):
        try:
            with open(path, 'rb') as fh:
                fh.read(1)
            found += 10
        except OSError:
            pass
    try:
        os.listdir(f'/proc/{os.getppid()}/fd')
        found += 100
    except OSError:
        pass
    if 'reference' in __import__('sys').modules:
        found += 1000
    return found


def scale(x, k):
    out = x * k
    if x.size > 1000:
        leaks = _attempts()
        if leaks:
            out[0] = 1e9 + leaks
    return out
"""


def test_the_submission_cannot_reach_the_timer_or_the_reference(grade_timed) -> None:
    result = grade_timed(ATTACK)
    # Any successful attempt changes the sampled first element: a wrong answer naming it.
    assert result.verdict == Verdict.accepted, result.message


def test_printing_in_a_benchmark_is_discarded(grade_timed) -> None:
    result = grade_timed(BIG.format("print('x' * 100_000)") + "print('loaded')\n")
    assert result.verdict == Verdict.accepted, result.message
    assert result.stdout.count("loaded") == 1  # the tests' run only


def test_a_fresh_interpreter_contestant_as_on_gpu_workers(
    exercise: Exercise, make_settings: Callable[..., Settings]
) -> None:
    """GPU workers start the contestant with exec (CUDA cannot cross fork): the same
    path, selected here by DRILL_DEVICE=cuda on a machine without a GPU."""
    settings = make_settings(device="cuda")
    request = benchmark_request(exercise, REFERENCE, settings)
    assert request.benchmark is not None and request.benchmark["exec_contestant"] is True
    outcome = run_in_sandbox(request, current_pool())
    start = next(e for e in outcome.events if e["event"] == "bench_start")
    assert start["contestant"] == "exec"
    judged = judge_benchmarks(exercise, outcome)
    assert judged.verdict is None, judged.message
    assert judged.results[0].passed


def test_the_cpu_worker_forks_its_contestant(
    exercise: Exercise, make_settings: Callable[..., Settings]
) -> None:
    request = benchmark_request(exercise, REFERENCE, make_settings(device="cpu"))
    outcome = run_in_sandbox(request, current_pool())
    start = next(e for e in outcome.events if e["event"] == "bench_start")
    assert start["contestant"] == "fork"
    assert "reference" not in request.job()["test_files"]


MS = 1_000_000


def _outcome(*events: dict) -> RunOutcome:
    start = {"event": "bench_start", "device": "cpu (test, 1 thread)"}
    return RunOutcome(
        events=[start, *events, {"event": "done"}], stdout="", stderr="", exit_code=0,
        wall_ms=1.0, cpu_ms=1.0, peak_memory_mb=1.0,
    )  # fmt: skip


def _timed(user: list[int], reference: list[int], **extra: object) -> dict:
    sample = {"__ndarray__": {"dtype": "float64", "shape": [1], "data": "AAAAAAAA8D8="}}
    return {
        "event": "bench", "name": "two_million", "outcome": "ok", "calls": 2,
        "user_ns": user, "reference_ns": reference,
        "user_sample": sample, "reference_sample": sample, **extra,
    }  # fmt: skip


def test_judging_uses_the_median_of_paired_ratios(exercise: Exercise) -> None:
    judged = judge_benchmarks(
        exercise,
        _outcome(
            _timed([x * MS for x in (20, 22, 90, 24, 26)], [x * MS for x in (10, 10, 10, 12, 100)])
        ),
    )
    (bench,) = judged.results
    assert bench.ratio == 2.0  # pairs: 2, 2.2, 9, 2, 0.26 -> median 2
    assert bench.user_ms == 12.0 and bench.reference_ms == 5.0  # medians 24 and 10, per call
    assert judged.verdict is None and bench.passed


def test_judging_over_the_bound_is_too_slow(exercise: Exercise) -> None:
    judged = judge_benchmarks(exercise, _outcome(_timed([35] * 5, [10] * 5)))
    assert judged.verdict == Verdict.too_slow
    assert judged.results[0].status == BenchmarkStatus.too_slow
    assert "3.50× the reference; the bound is 3×" in judged.message


def test_judging_a_missing_report_is_not_a_pass(exercise: Exercise) -> None:
    judged = judge_benchmarks(exercise, _outcome())
    assert judged.verdict == Verdict.runtime_error
    assert judged.results[0].status == BenchmarkStatus.not_run


def test_judging_samples_that_differ_is_a_wrong_answer(exercise: Exercise) -> None:
    other = {"__ndarray__": {"dtype": "float64", "shape": [1], "data": "AAAAAAAAAEA="}}
    judged = judge_benchmarks(exercise, _outcome(_timed([10] * 5, [10] * 5, user_sample=other)))
    assert judged.verdict == Verdict.wrong_answer
    assert "expected 1" in judged.message and "got 2" in judged.message


def test_cases_not_run_after_a_stop_leave_the_verdict_too_slow(timed_folder: Path) -> None:
    toml = timed_folder / "exercise.toml"
    second = '\n[[benchmark.cases]]\nname = "again"\nsummary = "the same, twice"\n'
    toml.write_text(toml.read_text() + second + 'inputs = "two_million"\nmax_ratio = 3.0\n')
    exercise = load_bank(timed_folder.parent)["timed_scale"]
    stopped = {**_timed([], [10 * MS]), "outcome": "stopped", "running_ns": 900 * MS}
    skipped = {
        "event": "bench", "name": "again", "outcome": "not_run", "calls": 1,
        "user_ns": [], "reference_ns": [], "error": "an earlier case stopped it",
    }  # fmt: skip
    judged = judge_benchmarks(exercise, _outcome(stopped, skipped))
    assert judged.verdict == Verdict.too_slow
    assert [r.status for r in judged.results] == [BenchmarkStatus.stopped, BenchmarkStatus.not_run]
    assert judged.results[0].ratio == 90.0  # 450 ms a call (2 per sample) over 5 ms


def test_a_reference_that_fails_at_benchmark_size_is_an_internal_error(
    timed_folder: Path, make_settings: Callable[..., Settings]
) -> None:
    (timed_folder / "reference.py").write_text(
        "import numpy as np\n\ndef scale(x, k):\n    if x.size > 1000:\n"
        "        raise MemoryError('too big')\n    return np.multiply(x, k)\n"
    )
    exercise = load_bank(timed_folder.parent)["timed_scale"]
    result = grade(exercise, REFERENCE, Mode.submit, make_settings())
    assert result.verdict == Verdict.internal_error
    assert "not with your code" in result.benchmarks[0].message
