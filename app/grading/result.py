"""The outcome of grading one submission: verdicts as data."""

from enum import StrEnum

from pydantic import BaseModel, Field


class Verdict(StrEnum):
    accepted = "accepted"
    wrong_answer = "wrong_answer"
    too_slow = "too_slow"
    runtime_error = "runtime_error"
    syntax_error = "syntax_error"
    time_limit_exceeded = "time_limit_exceeded"
    memory_limit_exceeded = "memory_limit_exceeded"
    output_limit_exceeded = "output_limit_exceeded"
    internal_error = "internal_error"


class TestStatus(StrEnum):
    __test__ = False  # not a pytest test class

    passed = "passed"
    failed = "failed"
    error = "error"
    timeout = "timeout"
    skipped = "skipped"


class Mode(StrEnum):
    run = "run"
    submit = "submit"


class TestResult(BaseModel):
    __test__ = False  # not a pytest test class

    name: str
    status: TestStatus
    hidden: bool
    message: str = Field(default="", description="Why it failed; empty when it passed.")
    duration_ms: float = 0.0


class BenchmarkStatus(StrEnum):
    passed = "passed"
    too_slow = "too_slow"  # slower than max_ratio × the reference
    implausible = "implausible"  # faster than min_ratio × the reference: not trusted
    stopped = "stopped"  # still running when the time budget ran out
    wrong_output = "wrong_output"  # fast, but not what the reference returns at this size
    error = "error"  # raised or died on the benchmark's inputs
    not_run = "not_run"


class BenchmarkResult(BaseModel):
    name: str
    device: str = Field(description="Where it ran: `cpu (model, 1 thread)`, `cuda (NVIDIA H200)`.")
    user_ms: float | None = Field(
        description="Median time of one call of the submission; a lower bound when stopped."
    )
    reference_ms: float | None = Field(description="Median time of one call of the reference.")
    ratio: float | None = Field(
        description="Median of the per-repetition ratios user/reference (interleaved pairs)."
    )
    passed: bool
    status: BenchmarkStatus = BenchmarkStatus.passed
    max_ratio: float = Field(description="The bound: pass at or below this ratio.")
    min_ratio: float = Field(description="Below this ratio the timing is implausible.")
    repetitions: int = Field(default=0, description="Timed pairs behind the medians.")
    message: str = ""


class Timings(BaseModel):
    queued_ms: float | None = None
    run_ms: float | None = None
    cpu_ms: float | None = None
    peak_memory_mb: float | None = None


class GradeResult(BaseModel):
    verdict: Verdict
    message: str = Field(default="", description="One line explaining the verdict.")
    tests: list[TestResult] = Field(default_factory=list)
    benchmarks: list[BenchmarkResult] = Field(default_factory=list)
    stdout: str = ""
    stderr: str = ""
    timings: Timings = Field(default_factory=Timings)
