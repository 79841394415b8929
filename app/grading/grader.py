"""Where a submission is graded: run it in the sandbox, compare, decide the verdict.

The verdict is decided here, on the trusted side. The sandbox's report only says
what the submission returned or raised for each test; which tests exist, whether
they are hidden, how they compare and what the right answers are all come from the
reference run (app.grading.expectations).
"""

import logging
import signal
import threading
from pathlib import Path
from typing import Any

from app.bank import Exercise
from app.grading.benchmarks import run_benchmarks
from app.grading.compare import Options, compare_exception, compare_values, render
from app.grading.expectations import Expectation, ExpectationStore, seed_for, test_files
from app.grading.limits import limits_for
from app.grading.pool import current_pool
from app.grading.result import GradeResult, Mode, TestResult, TestStatus, Timings, Verdict
from app.settings import Settings
from sandbox import Limits, RunOutcome, RunRequest, SandboxUnavailable, run_in_sandbox

log = logging.getLogger(__name__)

_stores: dict[Path, ExpectationStore] = {}
_stores_lock = threading.Lock()


def expectation_store(settings: Settings) -> ExpectationStore:
    with _stores_lock:
        return _stores.setdefault(settings.data_dir.resolve(), ExpectationStore(settings))


def grade(exercise: Exercise, code: str, mode: Mode, settings: Settings) -> GradeResult:
    """Grade `code` against `exercise`. Never raises for anything the code does."""
    try:
        expected = expectation_store(settings).get(exercise)
        if mode == Mode.run:
            expected = [e for e in expected if not e.hidden]
        limits = limits_for(exercise, settings)
        outcome = run_in_sandbox(
            RunRequest(
                code=code,
                test_files=test_files(exercise, include_hidden=mode == Mode.submit),
                seed=seed_for(exercise),
                limits=limits,
            ),
            current_pool(),
        )
    except SandboxUnavailable as exc:
        return GradeResult(verdict=Verdict.internal_error, message=str(exc))
    except Exception as exc:
        log.exception("grading %s failed", exercise.id)
        return GradeResult(
            verdict=Verdict.internal_error,
            message=f"the grader failed ({type(exc).__name__}); the submission was kept, "
            "please report this to the server's operator",
        )
    try:
        result = judge(expected, outcome, limits)
    except (TypeError, ValueError, KeyError, AttributeError, IndexError):
        # Values on the report pipe are the sandbox's word; one that is well formed as
        # an event but nonsense as a value is the code's doing, not the server's.
        log.warning("report of a %s run could not be interpreted", exercise.id, exc_info=True)
        result = GradeResult(
            verdict=Verdict.runtime_error,
            message="the run's report could not be interpreted; the code must not write "
            "to file descriptors it did not open",
            stdout=outcome.stdout,
            stderr=outcome.stderr,
        )
    result.timings = Timings(
        run_ms=round(outcome.wall_ms, 1),
        cpu_ms=round(outcome.cpu_ms, 1),
        peak_memory_mb=outcome.peak_memory_mb,
    )
    if mode == Mode.submit and exercise.has_benchmarks and result.verdict == Verdict.accepted:
        _add_benchmarks(result, exercise, code, settings)
    return result


def _add_benchmarks(result: GradeResult, exercise: Exercise, code: str, settings: Settings) -> None:
    """Only a submission whose tests all pass is timed: speed is judged on correct code.
    The benchmark run's own output is not shown: it holds nothing the tests did not."""
    try:
        timed = run_benchmarks(exercise, code, settings)
    except SandboxUnavailable as exc:
        result.verdict, result.message = Verdict.internal_error, str(exc)
        return
    except Exception as exc:
        log.exception("benchmarking %s failed", exercise.id)
        result.verdict = Verdict.internal_error
        result.message = f"the benchmark failed ({type(exc).__name__}); please report this"
        return
    result.benchmarks = timed.results
    if timed.verdict is not None:
        result.verdict, result.message = timed.verdict, timed.message
    else:
        ratios = ", ".join(f"{b.name} {b.ratio:.2f}×" for b in timed.results)
        result.message += f"; benchmarks within bounds ({ratios} the reference)"
    if timed.run is not None:
        timings = result.timings
        timings.run_ms = round((timings.run_ms or 0) + timed.run.wall_ms, 1)
        timings.cpu_ms = round((timings.cpu_ms or 0) + timed.run.cpu_ms, 1)
        timings.peak_memory_mb = max(timings.peak_memory_mb or 0, timed.run.peak_memory_mb)


def judge(expected: list[Expectation], outcome: RunOutcome, limits: Limits) -> GradeResult:
    """Turn one sandbox run into a verdict, a row per test and a one-line message."""
    events = outcome.events
    by_test = {e["test"]: e for e in events if e["event"] == "result" and "test" in e}
    started = [e.get("test") for e in events if e["event"] == "start"]
    in_progress = started[-1] if started and started[-1] not in by_test else None
    failure = next((e for e in events if e["event"] in ("syntax_error", "import_error")), None)

    tests: list[TestResult] = []
    for exp in expected:
        report = by_test.get(exp.name)
        if report is not None:
            tests.append(_judge_test(exp, report))
            continue
        status, message = TestStatus.skipped, "not run"
        if exp.name == in_progress:
            status, message = _interrupted(outcome, limits)
        elif failure is not None:
            message = "not run: the code could not be loaded"
        tests.append(TestResult(name=exp.name, hidden=exp.hidden, status=status, message=message))

    verdict, message = _verdict(outcome, limits, failure, tests, by_test)
    return GradeResult(
        verdict=verdict,
        message=message,
        tests=tests,
        stdout=outcome.stdout,
        stderr=outcome.stderr,
    )


def _judge_test(exp: Expectation, report: dict[str, Any]) -> TestResult:
    options = Options.from_report(exp.options)
    duration = float(report.get("duration_ms") or 0.0)
    outcome = report.get("outcome")
    status, message = TestStatus.passed, ""
    if outcome == "missing":
        names = ", ".join(f"`{n}`" for n in report.get("missing", []))
        status, message = TestStatus.error, f"the code does not define {names}"
    elif outcome == "unreportable":
        exc = report.get("exception") or {}
        status, message = (
            TestStatus.error,
            f"the result could not be reported: {exc.get('message')}",
        )
    elif outcome == "raised" and exp.outcome == "raised":
        problem = compare_exception(exp.exception or {}, report.get("exception") or {}, options)
        if problem:
            status, message = TestStatus.failed, problem
    elif outcome == "raised":
        exc = report.get("exception") or {}
        status, message = (
            TestStatus.error,
            exc.get("traceback") or f"{exc.get('type')}: {exc.get('message')}",
        )
    elif exp.outcome == "raised":
        want = (exp.exception or {}).get("type")
        status = TestStatus.failed
        message = f"expected {want} to be raised, but it returned {render(report.get('value'))}"
    else:
        problem = compare_values(exp.value, report.get("value"), options)
        if problem:
            status, message = TestStatus.failed, problem
    return TestResult(
        name=exp.name,
        hidden=exp.hidden,
        status=status,
        message=message,
        duration_ms=round(duration, 3),
    )


def _interrupted(outcome: RunOutcome, limits: Limits) -> tuple[TestStatus, str]:
    if outcome.wall_timeout:
        return TestStatus.timeout, f"stopped after the wall-time limit of {limits.wall_time_s:g} s"
    if outcome.cpu_timeout:
        return TestStatus.timeout, f"stopped after the CPU-time limit of {limits.cpu_time_s} s"
    if outcome.memory_killed:
        return TestStatus.error, f"killed: memory limit of {limits.memory_mb} MB exceeded"
    if outcome.output_exceeded:
        return TestStatus.error, "stopped: output limit exceeded"
    return TestStatus.error, f"the process died during this test ({_exit_description(outcome)})"


def _exit_description(outcome: RunOutcome) -> str:
    code = outcome.exit_code
    # bwrap reports a child killed by signal N as exit status 128 + N.
    number = -code if code is not None and code < 0 else (code - 128 if code and code > 128 else 0)
    if number:
        try:
            return f"killed by {signal.Signals(number).name}"
        except ValueError:
            return f"killed by signal {number}"
    return f"exit code {code}"


def _verdict(
    outcome: RunOutcome,
    limits: Limits,
    failure: dict[str, Any] | None,
    tests: list[TestResult],
    by_test: dict[str, dict[str, Any]],
) -> tuple[Verdict, str]:
    if outcome.output_exceeded:
        return Verdict.output_limit_exceeded, (
            f"the output went over the limit of {limits.max_output_bytes // 1024} KiB per stream; "
            "print less"
        )
    if outcome.wall_timeout or outcome.cpu_timeout:
        which = (
            f"wall-time limit of {limits.wall_time_s:g} s"
            if outcome.wall_timeout
            else f"CPU-time limit of {limits.cpu_time_s} s"
        )
        return Verdict.time_limit_exceeded, f"the run was stopped at the {which}"
    memory_errors = [
        t
        for t in by_test.values()
        if t.get("outcome") == "raised" and (t.get("exception") or {}).get("memory")
    ]
    import_memory = failure is not None and (failure.get("exception") or {}).get("memory")
    if outcome.memory_killed or memory_errors or import_memory:
        return Verdict.memory_limit_exceeded, (
            f"the code tried to use more than the memory limit of {limits.memory_mb} MB"
        )
    if failure is not None and failure["event"] == "syntax_error":
        line = failure.get("line")
        text = failure.get("text") or ""
        caret = " " * max((failure.get("offset") or 1) - 1, 0) + "^"
        shown = f"\n    {text}\n    {caret}" if text else ""
        return Verdict.syntax_error, f"line {line}: {failure.get('message')}{shown}"
    if failure is not None:
        exc = failure.get("exception") or {}
        return Verdict.runtime_error, (
            "the code raised an exception while it was being loaded:\n"
            + (exc.get("traceback") or f"{exc.get('type')}: {exc.get('message')}")
        )
    if outcome.report_problem:
        return Verdict.runtime_error, (
            f"the run's report was garbled ({outcome.report_problem}); "
            "the code must not write to file descriptors it did not open"
        )
    # "done" alone proves nothing (the code can write to the report pipe): every test
    # the reference ran must have a result of its own.
    if not outcome.finished or any(t.status == TestStatus.skipped for t in tests):
        return Verdict.runtime_error, (
            f"the process ended before all tests ran ({_exit_description(outcome)})"
        )
    errors = [t for t in tests if t.status == TestStatus.error]
    failed = [t for t in tests if t.status == TestStatus.failed]
    if errors:
        return (
            Verdict.runtime_error,
            f"{len(errors)} test(s) raised an error; first: {errors[0].name}",
        )
    if failed:
        return (
            Verdict.wrong_answer,
            f"{len(failed)} of {len(tests)} test(s) failed; first: {failed[0].name}",
        )
    return Verdict.accepted, f"all {len(tests)} test(s) passed"
