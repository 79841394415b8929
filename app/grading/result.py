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


class BenchmarkResult(BaseModel):
    name: str
    device: str
    user_ms: float
    reference_ms: float
    ratio: float
    passed: bool


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
