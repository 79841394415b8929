"""Where a submission is graded: run it in the sandbox, compare, decide the verdict.

The verdict is decided here, on the trusted side. The sandbox's report only says
what the submission returned or raised for each test; which tests exist, whether
they are hidden, how they compare and what the right answers are all come from the
reference run (app.grading.expectations).
"""

import errno
import logging
import signal
import threading
from pathlib import Path
from typing import Any

from app.bank import Exercise
from app.grading.benchmarks import run_benchmarks
from app.grading.compare import Options, compare_exception, compare_values, render
from app.grading.expectations import Expectation, ExpectationStore, seed_for, test_files
from app.grading.limits import LimitNames, limit_sources, limits_for
from app.grading.pool import current_pool
from app.grading.result import GradeResult, Mode, TestResult, TestStatus, Timings, Verdict
from app.settings import Settings
from sandbox import Limits, RunOutcome, RunRequest, SandboxUnavailable, run_in_sandbox
from sandbox.limits import MB

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
        result = judge(expected, outcome, limits, limit_sources(exercise))
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


def judge(
    expected: list[Expectation],
    outcome: RunOutcome,
    limits: Limits,
    sources: dict[str, str] | None = None,
) -> GradeResult:
    """Turn one sandbox run into a verdict, a row per test and a one-line message.

    `sources` says where each limit's value was set (limits.limit_sources), for the
    messages; by default the DRILL_* settings."""
    names = LimitNames(limits, sources)
    events = outcome.events
    by_test = {e["test"]: e for e in events if e["event"] == "result" and "test" in e}
    started = [e.get("test") for e in events if e["event"] == "start"]
    in_progress = started[-1] if started and started[-1] not in by_test else None
    failure = next((e for e in events if e["event"] in ("syntax_error", "import_error")), None)
    # The limits that the code's own failing exceptions point to (memory, file size,
    # scratch, processes): the sandbox's word, so they only pick between failing verdicts.
    hit = [] if failure is None else [_limit_of(failure.get("exception") or {}, outcome)]

    tests: list[TestResult] = []
    for exp in expected:
        report = by_test.get(exp.name)
        if report is not None:
            test = _judge_test(exp, report)
            if test.status != TestStatus.passed:
                limit = _limit_of(report.get("exception") or {}, outcome)
                if limit is not None:
                    test.message = f"hit the {names(limit)}:\n{test.message}"
                    hit.append(limit)
            tests.append(test)
            continue
        status, message = TestStatus.skipped, "not run"
        if exp.name == in_progress:
            status, message = _interrupted(outcome, names)
        elif failure is not None:
            message = "not run: the code could not be loaded"
        tests.append(TestResult(name=exp.name, hidden=exp.hidden, status=status, message=message))

    verdict, message = _verdict(outcome, names, failure, tests, hit)
    return GradeResult(
        verdict=verdict,
        message=message,
        tests=tests,
        stdout=outcome.stdout,
        stderr=outcome.stderr,
    )


def _limit_of(exception: dict[str, Any], outcome: RunOutcome) -> str | None:
    """The sandbox limit that an exception the code raised points to, if any: memory
    (the harness's flag), EFBIG the file-size limit, ENOSPC the scratch disk's, and
    EAGAIN from fork or "can't start new thread" the process/thread limit (unless the
    run's cgroup says that was not hit)."""
    if exception.get("memory") is True:
        return "memory_mb"
    mro = exception.get("mro") or []
    number = exception.get("errno")
    processes = outcome.process_limit_hit is not False
    if "OSError" in mro and isinstance(number, int) and not isinstance(number, bool):
        if number == errno.EFBIG:
            return "max_file_mb"
        if number == errno.ENOSPC:
            return "scratch_mb"
        if number == errno.EAGAIN and processes:
            return "max_processes"
    message = exception.get("message")
    thread = isinstance(message, str) and message.startswith("can't start new thread")
    if "RuntimeError" in mro and thread and processes:
        return "max_processes"
    return None


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


def _interrupted(outcome: RunOutcome, names: LimitNames) -> tuple[TestStatus, str]:
    if outcome.wall_timeout:
        return TestStatus.timeout, f"stopped after the {names('wall_time_s')}"
    if outcome.cpu_timeout:
        return TestStatus.timeout, f"stopped after the {names('cpu_time_s')}"
    if outcome.memory_killed:
        return TestStatus.error, f"killed: over the {names('memory_mb')}"
    if outcome.output_exceeded:
        return TestStatus.error, f"stopped: {_output_problem(outcome, names)}"
    if _killed_by(outcome) == signal.SIGXFSZ:
        return TestStatus.error, f"killed: a file went over the {names('max_file_mb')}"
    died = f"the process died during this test ({_exit_description(outcome)})"
    if outcome.process_limit_hit:
        return TestStatus.error, f"{died} after the run hit the {names('max_processes')}"
    return TestStatus.error, died


def _output_problem(outcome: RunOutcome, names: LimitNames) -> str:
    if outcome.output_exceeded_on == "report":
        return (
            "the values the tests returned went over the report limit of "
            f"{names.limits.max_report_bytes // MB} MB"
        )
    stream = outcome.output_exceeded_on
    where = f" on {stream}" if stream else ""
    return f"the output went over the {names('max_output_kb')}{where}"


def _killed_by(outcome: RunOutcome) -> int:
    """The signal that ended the run, or 0."""
    code = outcome.exit_code
    # bwrap reports a child killed by signal N as exit status 128 + N.
    return -code if code is not None and code < 0 else (code - 128 if code and code > 128 else 0)


def _exit_description(outcome: RunOutcome) -> str:
    number = _killed_by(outcome)
    if number:
        try:
            return f"killed by {signal.Signals(number).name}"
        except ValueError:
            return f"killed by signal {number}"
    return f"exit code {outcome.exit_code}"


def _verdict(
    outcome: RunOutcome,
    names: LimitNames,
    failure: dict[str, Any] | None,
    tests: list[TestResult],
    hit: list[str | None],
) -> tuple[Verdict, str]:
    if outcome.output_exceeded:
        advice = "return smaller values" if outcome.output_exceeded_on == "report" else "print less"
        return Verdict.output_limit_exceeded, f"{_output_problem(outcome, names)}; {advice}"
    if outcome.wall_timeout:
        return Verdict.time_limit_exceeded, f"the run was stopped at the {names('wall_time_s')}"
    if outcome.cpu_timeout:
        return Verdict.time_limit_exceeded, f"the run was stopped at the {names('cpu_time_s')}"
    if outcome.memory_killed or "memory_mb" in hit:
        return Verdict.memory_limit_exceeded, (
            f"the code tried to use more than the {names('memory_mb')}"
        )
    if _killed_by(outcome) == signal.SIGXFSZ or "max_file_mb" in hit:
        return Verdict.output_limit_exceeded, (
            f"a file went over the {names('max_file_mb')}; write smaller files"
        )
    if "scratch_mb" in hit:
        return Verdict.output_limit_exceeded, (
            f"the scratch disk (/tmp, /dev/shm) is full: the code wrote more than the "
            f"{names('scratch_mb')}; write less, or delete files it no longer needs"
        )
    if failure is not None and failure["event"] == "syntax_error":
        line = failure.get("line")
        text = failure.get("text") or ""
        caret = " " * max((failure.get("offset") or 1) - 1, 0) + "^"
        shown = f"\n    {text}\n    {caret}" if text else ""
        return Verdict.syntax_error, f"line {line}: {failure.get('message')}{shown}"
    # Past its limit a fork or a new thread fails: whatever went wrong next (an
    # exception, a death, a wrong value) ends in a runtime error that says so.
    processes = ""
    if outcome.process_limit_hit or "max_processes" in hit:
        processes = f"the run hit the {names('max_processes')}; "
    if failure is not None:
        exc = failure.get("exception") or {}
        return Verdict.runtime_error, processes + (
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
        return Verdict.runtime_error, processes + (
            f"the process ended before all tests ran ({_exit_description(outcome)})"
        )
    errors = [t for t in tests if t.status == TestStatus.error]
    failed = [t for t in tests if t.status == TestStatus.failed]
    if errors:
        return (
            Verdict.runtime_error,
            f"{processes}{len(errors)} test(s) raised an error; first: {errors[0].name}",
        )
    if failed:
        return (
            Verdict.runtime_error if processes else Verdict.wrong_answer,
            f"{processes}{len(failed)} of {len(tests)} test(s) failed; first: {failed[0].name}",
        )
    return Verdict.accepted, f"all {len(tests)} test(s) passed"
