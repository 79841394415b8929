"""Grade a submission's speed: one sandboxed benchmark run, judged here.

The sandbox (sandbox/harness/bench.py) reports raw nanoseconds per repetition and
value samples, measured by a process the submission cannot reach. Everything that
decides — medians, ratios, bounds, whether the fast answer was also right — happens
on this side, with the bounds read from exercise.toml, never from the run.
"""

import dataclasses
import math
import statistics
from dataclasses import dataclass, field
from typing import Any

from app.bank import Exercise
from app.bank.models import BenchmarkCase
from app.grading.compare import Options, compare_values
from app.grading.expectations import seed_for
from app.grading.limits import limits_for
from app.grading.pool import current_pool
from app.grading.result import BenchmarkResult, BenchmarkStatus, Verdict
from app.settings import Settings
from sandbox import RunOutcome, RunRequest, run_in_sandbox

# Loading the submission happens before the budget starts: seconds for a fresh
# interpreter on a GPU worker. Past this, the host stops a run the timer cannot.
STARTUP_ALLOWANCE_S = 65.0
CASE_SEED_STRIDE = 1_000_003
BENCHMARK_MEMORY_MB = 2048
SAMPLED = 64  # values the timer samples from each output (sandbox/harness/bench.py)

# Which verdict a failed case gives, most serious first.
_SEVERITY = [
    Verdict.internal_error,
    Verdict.wrong_answer,
    Verdict.memory_limit_exceeded,
    Verdict.runtime_error,
    Verdict.too_slow,
]


@dataclass
class BenchmarkOutcome:
    results: list[BenchmarkResult]
    verdict: Verdict | None = None  # None: every benchmark passed
    message: str = ""
    run: RunOutcome | None = field(default=None, repr=False)


def benchmark_request(exercise: Exercise, code: str, settings: Settings) -> RunRequest:
    spec = exercise.meta.benchmark
    assert spec is not None
    base = seed_for(exercise)
    cases = [
        {
            "name": case.name,
            "inputs": case.inputs,
            "entry": case.entry or exercise.meta.entry_points[0],
            "seed": base + index * CASE_SEED_STRIDE,
            "max_ratio": case.max_ratio,  # only sizes the timer's cap; judged here
        }
        for index, case in enumerate(spec.cases)
    ]
    limits = limits_for(exercise, settings)
    wall = spec.budget_s + STARTUP_ALLOWANCE_S
    # The timer's deadline is what stops a slow submission; CPU time only backs it up.
    cpu = max(limits.cpu_time_s, math.ceil(wall))
    # Benchmarks work at sizes far above the tests': each of the two processes gets at
    # least BENCHMARK_MEMORY_MB, whatever the exercise's limit for its tests.
    memory = max(limits.memory_mb, BENCHMARK_MEMORY_MB)
    return RunRequest(
        code=code,
        test_files=[],
        seed=base,
        limits=dataclasses.replace(limits, wall_time_s=wall, cpu_time_s=cpu, memory_mb=memory),
        benchmark={
            "reference": exercise.reference_code,
            "generators": exercise.benchmarks_code,
            "cases": cases,
            "budget_s": spec.budget_s,
            "exec_contestant": settings.device == "cuda",
        },
    )


def run_benchmarks(exercise: Exercise, code: str, settings: Settings) -> BenchmarkOutcome:
    """Time `code` against the reference on every case of the exercise's benchmark."""
    outcome = run_in_sandbox(benchmark_request(exercise, code, settings), current_pool())
    judged = judge_benchmarks(exercise, outcome)
    judged.run = outcome
    return judged


def judge_benchmarks(exercise: Exercise, outcome: RunOutcome) -> BenchmarkOutcome:
    spec = exercise.meta.benchmark
    assert spec is not None
    start = next((e for e in outcome.events if e["event"] == "bench_start"), {})
    device = str(start.get("device", "unknown"))[:200]
    reported = {e["name"]: e for e in outcome.events if e["event"] == "bench"}
    results, verdicts = [], []
    for case in spec.cases:
        event = reported.get(case.name)
        if event is None:
            result, verdict = _missing(case, device, outcome, spec.budget_s)
        else:
            result, verdict = _judge_case(case, event, device, outcome, spec.budget_s)
        results.append(result)
        if result.status == BenchmarkStatus.not_run and verdicts:
            verdict = None  # not run because an earlier case failed: that case's verdict
        if verdict is not None:
            verdicts.append((verdict, f"benchmark {case.name}: {result.message}"))
    if not verdicts:
        return BenchmarkOutcome(results)
    verdict, message = min(verdicts, key=lambda v: _SEVERITY.index(v[0]))
    return BenchmarkOutcome(results, verdict, message)


def _result(case: BenchmarkCase, device: str, **fields: Any) -> BenchmarkResult:
    status = fields.setdefault("status", BenchmarkStatus.passed)
    fields.setdefault("user_ms", None)
    fields.setdefault("reference_ms", None)
    fields.setdefault("ratio", None)
    return BenchmarkResult(
        name=case.name,
        device=device,
        passed=status == BenchmarkStatus.passed,
        max_ratio=case.max_ratio,
        min_ratio=case.min_ratio,
        **fields,
    )


def _missing(
    case: BenchmarkCase, device: str, outcome: RunOutcome, budget_s: float
) -> tuple[BenchmarkResult, Verdict]:
    if outcome.wall_timeout:
        message = f"stopped: the run outlived the {budget_s:g} s budget"
        return _result(case, device, status=BenchmarkStatus.stopped, message=message), (
            Verdict.too_slow
        )
    if outcome.memory_killed:
        message = "killed: the memory limit was exceeded"
        return _result(case, device, status=BenchmarkStatus.error, message=message), (
            Verdict.memory_limit_exceeded
        )
    message = "not run: the benchmark run ended early"
    return _result(case, device, status=BenchmarkStatus.not_run, message=message), (
        Verdict.runtime_error
    )


def _ms(values: list[int], calls: int) -> float | None:
    return round(statistics.median(values) / calls / 1e6, 4) if values else None


def _judge_case(
    case: BenchmarkCase, event: dict[str, Any], device: str, outcome: RunOutcome, budget_s: float
) -> tuple[BenchmarkResult, Verdict | None]:
    calls = event["calls"]
    user_ns, reference_ns = event["user_ns"], event["reference_ns"]
    reference_ms = _ms(reference_ns, calls) or _ms([event.get("warm_reference_ns", 0)], 1) or None
    kind = event["outcome"]
    if kind == "stopped":
        return _stopped(case, event, device, reference_ms, budget_s), Verdict.too_slow
    if kind == "reference_error":
        message = (
            f"the reference solution failed at the benchmark's size ({event.get('error')}): "
            "a problem with the exercise or the server's limits, not with your code"
        )
        return _result(case, device, status=BenchmarkStatus.error, message=message), (
            Verdict.internal_error
        )
    if kind in ("raised", "died", "not_run"):
        return _failed_run(case, event, device, outcome, reference_ms)

    problem = compare_values(
        event.get("reference_sample"),
        event.get("user_sample"),
        Options(rtol=case.rtol, atol=case.atol),
    )
    pairs = list(zip(user_ns, reference_ns, strict=False))
    if problem is not None or not pairs:
        message = (
            "the output on the benchmark's inputs differs from the reference's "
            f"(checked at {SAMPLED} sampled positions): {problem}"
            if problem
            else "no timed repetitions were reported"
        )
        status = BenchmarkStatus.wrong_output if problem else BenchmarkStatus.error
        verdict = Verdict.wrong_answer if problem else Verdict.runtime_error
        return _result(case, device, status=status, message=message), verdict
    ratio = round(statistics.median(u / max(r, 1) for u, r in pairs), 3)
    fields: dict[str, Any] = {
        "user_ms": _ms(user_ns, calls),
        "reference_ms": reference_ms,
        "ratio": ratio,
        "repetitions": len(pairs),
    }
    if ratio > case.max_ratio:
        fields["status"] = BenchmarkStatus.too_slow
        fields["message"] = f"{ratio:.2f}× the reference; the bound is {case.max_ratio:g}×"
        return _result(case, device, **fields), Verdict.too_slow
    if ratio < case.min_ratio:
        fields["status"] = BenchmarkStatus.implausible
        fields["message"] = (
            f"{ratio:.3f}× the reference: faster than this exercise allows "
            f"({case.min_ratio:g}×), so the timing is not trusted; please report it if genuine"
        )
        return _result(case, device, **fields), Verdict.too_slow
    fields["message"] = f"{ratio:.2f}× the reference (bound {case.max_ratio:g}×)"
    return _result(case, device, **fields), None


def _stopped(
    case: BenchmarkCase,
    event: dict[str, Any],
    device: str,
    reference_ms: float | None,
    budget_s: float,
) -> BenchmarkResult:
    """A lower bound on the submission's time, from the call that was still running
    (or from its completed samples); none when it was stopped between calls."""
    calls = event["calls"]
    running = event.get("running_ns", 0) / 1e6 / calls
    user_ms = max(running, _ms(event["user_ns"], calls) or 0.0) or None
    ratio = round(user_ms / reference_ms, 2) if user_ms and reference_ms else None
    scale = f"; at least {ratio:g}× the reference" if ratio else ""
    if event.get("stop_reason") == "cap" and running:
        message = f"a call ran {running:.0f} ms, past twice the bound{scale}"
    else:
        message = f"still running when the {budget_s:g} s budget ran out{scale}"
    return _result(
        case, device, status=BenchmarkStatus.stopped, message=message,
        user_ms=round(user_ms, 3) if user_ms else None, reference_ms=reference_ms, ratio=ratio,
    )  # fmt: skip


def _failed_run(
    case: BenchmarkCase,
    event: dict[str, Any],
    device: str,
    outcome: RunOutcome,
    reference_ms: float | None,
) -> tuple[BenchmarkResult, Verdict]:
    kind, error = event["outcome"], event.get("error", "")
    if kind == "not_run":
        return _result(
            case, device, status=BenchmarkStatus.not_run, message=f"not run: {error}"
        ), Verdict.runtime_error
    if event.get("memory") or (kind == "died" and outcome.memory_killed):
        message = "ran out of memory on the benchmark's inputs (the tests' inputs are smaller)"
        verdict = Verdict.memory_limit_exceeded
    elif kind == "died":
        message = "the submission's process died during the benchmark"
        verdict = Verdict.runtime_error
    elif error == "missing":
        message = "the entry point is not defined in the benchmark run"
        verdict = Verdict.runtime_error
    else:
        message = f"raised {error} on the benchmark's inputs"
        verdict = Verdict.runtime_error
    return _result(
        case, device, status=BenchmarkStatus.error, reference_ms=reference_ms, message=message
    ), verdict
