"""Request and response models of the public v1 API (see DESIGN.md: extend, never break).

Examples are filled in so that /docs shows realistic payloads.
"""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.bank import Difficulty, Exercise, Kind
from app.db.models import Submission, SubmissionStatus
from app.grading.result import BenchmarkResult, Mode, TestResult, Timings, Verdict

EXAMPLE_CODE = "def group_and_average(results, group_key='geometry', value_key='error'):\n    ...\n"


class ExerciseSummary(BaseModel):
    id: str = Field(examples=["group_and_average"])
    title: str = Field(examples=["Group and average"])
    difficulty: Difficulty
    tags: list[str] = Field(examples=[["python", "dicts"]])
    kind: Kind
    summary: str = Field(examples=["Average one field of a list of records, per group."])
    estimated_minutes: int = Field(examples=[10])

    @classmethod
    def of(cls, exercise: Exercise) -> "ExerciseSummary":
        meta = exercise.meta
        return cls(
            id=exercise.id,
            title=meta.title,
            difficulty=meta.difficulty,
            tags=meta.tags,
            kind=meta.kind,
            summary=meta.summary,
            estimated_minutes=meta.estimated_minutes,
        )


class PublicTest(BaseModel):
    name: str = Field(examples=["test_single_group"])
    code: str = Field(examples=["def test_single_group(group_and_average):\n    ..."])


class EffectiveLimits(BaseModel):
    """The limits a run of this exercise gets: its own overrides, else the server's."""

    wall_time_s: float = Field(examples=[20.0])
    cpu_time_s: int = Field(examples=[15])
    memory_mb: int = Field(examples=[1024])
    max_processes: int = Field(examples=[64], description="Processes and threads at once.")
    scratch_mb: int = Field(examples=[64], description="The private /tmp (and /dev/shm).")
    max_file_mb: int = Field(examples=[32], description="Largest file the code may write.")
    max_output_kb: int = Field(examples=[64], description="Captured stdout, and stderr, each.")


class BenchmarkCaseOut(BaseModel):
    """A workload `submit` times: the candidate sees its size and the bound, not its code."""

    name: str = Field(examples=["n4096_d64"])
    summary: str = Field(examples=["N = M = 4096 float32 points in 64 dimensions"])
    max_ratio: float = Field(examples=[3.0], description="Pass within this × the reference.")


class ExerciseDetail(ExerciseSummary):
    """One exercise as a candidate may see it: no hidden tests, reference or notes."""

    prompt_markdown: str
    starter_code: str = Field(examples=[EXAMPLE_CODE])
    public_tests: list[PublicTest]
    limits: EffectiveLimits
    has_benchmarks: bool = Field(examples=[True])
    benchmarks: list[BenchmarkCaseOut] = Field(
        default_factory=list, description="What `submit` times, in addition to the tests."
    )
    benchmark_budget_s: float | None = Field(
        default=None, examples=[6.0], description="Wall time the benchmarks may take in all."
    )
    hints_count: int = Field(examples=[3], description="Hints exist; they are revealed later.")


class HintOut(BaseModel):
    index: int = Field(examples=[1], description="1-based.")
    count: int = Field(examples=[3])
    text: str = Field(examples=["Group first, then average each group."])


class SolutionRequest(BaseModel):
    """Show the reference: after an accepted submission of this exercise, or on giving up."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"submission_id": "0b6f3c1e-2f4e-4a55-9a8e-5d1f0c9e7a10"},
                {"give_up": True},
            ]
        },
    )

    submission_id: str | None = Field(
        default=None, max_length=36, description="An accepted submission."
    )
    give_up: bool = Field(default=False, description="Reveal without having solved it.")


class SolutionOut(BaseModel):
    reference_code: str = Field(examples=["def group_and_average(results, ...):\n    ..."])
    notes_markdown: str = Field(examples=["## Pitfalls\n\n- Integer division ..."])


class SubmissionCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"exercise_id": "group_and_average", "code": EXAMPLE_CODE, "mode": "submit"}
            ]
        },
    )

    exercise_id: str = Field(min_length=1, max_length=200)
    code: str = Field(description="Python source; UTF-8, no NUL characters.")
    mode: Mode = Field(
        default=Mode.submit,
        description="`run`: public tests only. `submit`: public + hidden tests and benchmarks.",
    )
    callback_url: str | None = Field(
        default=None,
        max_length=2048,
        description="When graded, the submission is POSTed here, signed (X-Drill-Signature).",
    )

    @field_validator("code")
    @classmethod
    def _plain_text(cls, code: str) -> str:
        if "\x00" in code:
            raise ValueError("code contains a NUL character (\\u0000); send plain source text")
        try:
            code.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(
                f"code is not valid Unicode text (lone surrogate at character {exc.start})"
            ) from None
        return code


class BatchCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "submissions": [
                        {"exercise_id": "group_and_average", "code": EXAMPLE_CODE},
                        {"exercise_id": "group_and_average", "code": EXAMPLE_CODE, "mode": "run"},
                    ],
                    "callback_url": "https://ci.example.org/drill-hook",
                }
            ]
        },
    )

    submissions: list[SubmissionCreate] = Field(min_length=1, max_length=100)
    callback_url: str | None = Field(
        default=None, max_length=2048, description="For every submission without its own."
    )


class CallbackOut(BaseModel):
    url: str
    status: Literal["pending", "delivered", "failed"]
    attempts: int
    last_error: str
    delivered_at: datetime | None


class SubmissionOut(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0b6f3c1e-2f4e-4a55-9a8e-5d1f0c9e7a10",
                    "exercise_id": "group_and_average",
                    "mode": "submit",
                    "status": "done",
                    "verdict": "wrong_answer",
                    "message": "1 of 6 tests failed",
                    "tests": [
                        {
                            "name": "test_single_group",
                            "status": "failed",
                            "hidden": False,
                            "message": "result['a']: expected 1.5, got 1",
                            "duration_ms": 0.4,
                        }
                    ],
                    "benchmarks": [],
                    "stdout": "",
                    "stderr": "",
                    "timings": {
                        "queued_ms": 3.1,
                        "run_ms": 412.0,
                        "cpu_ms": 380.5,
                        "peak_memory_mb": 41.2,
                    },
                    "created_at": "2025-01-01T12:00:00.000000Z",
                    "finished_at": "2025-01-01T12:00:00.450000Z",
                }
            ]
        }
    )

    id: str
    exercise_id: str
    mode: Mode
    status: SubmissionStatus
    verdict: Verdict | None = Field(description="null until status is done")
    message: str
    tests: list[TestResult]
    benchmarks: list[BenchmarkResult]
    stdout: str
    stderr: str
    timings: Timings
    callback: "CallbackOut | None" = Field(
        default=None, description="The webhook's delivery, when a callback_url was given."
    )
    created_at: datetime
    finished_at: datetime | None

    @classmethod
    def of(cls, row: Submission) -> "SubmissionOut":
        return cls(
            id=row.id,
            exercise_id=row.exercise_id,
            mode=Mode(row.mode),
            status=SubmissionStatus(row.status),
            verdict=Verdict(row.verdict) if row.verdict else None,
            message=row.message,
            tests=[TestResult.model_validate(t) for t in row.tests or []],
            benchmarks=[BenchmarkResult.model_validate(b) for b in row.benchmarks or []],
            stdout=row.stdout,
            stderr=row.stderr,
            timings=Timings.model_validate(row.timings or {}),
            created_at=row.created_at,
            finished_at=row.finished_at,
        )


class WorkerOut(BaseModel):
    name: str = Field(examples=["cpu@box-1:4121"])
    hostname: str = Field(examples=["box-1"])
    queues: list[str] = Field(examples=[["cpu"]])
    device: str = Field(examples=["cpu"])
    concurrency: int = Field(examples=[4])


class QueueHealth(BaseModel):
    kind: str = Field(examples=["embedded"], description="`embedded` or `celery`.")
    workers: int = Field(examples=[2], description="Gradings that can run at once.")
    queued: int | None = Field(examples=[0], description="null when the database is down")
    running: int | None = Field(examples=[1], description="null when the database is down")
    max_queued: int = Field(examples=[1000], description="Past this, submissions get 503.")
    broker: Literal["ok", "error"] | None = Field(
        default=None, description="Redis, with the Celery queue; null for the embedded one."
    )
    broker_messages: dict[str, int] | None = Field(
        default=None, examples=[{"cpu": 3, "gpu": 0}], description="Messages waiting per queue."
    )
    live_workers: list[WorkerOut] = Field(
        default_factory=list, description="Celery workers that sent a heartbeat lately."
    )


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    version: str = Field(examples=["0.1.0"])
    exercises: int = Field(examples=[3], description="Exercises loaded from the bank.")
    queue: QueueHealth
    database: Literal["ok", "error"]


class ErrorOut(BaseModel):
    """The shape of every error response."""

    detail: str | list[dict[str, object]] = Field(
        examples=["unknown exercise 'foo'; GET /api/v1/exercises lists the available ids"]
    )


class BatchOut(BaseModel):
    ids: list[str] = Field(description="The new submissions' ids, in the order sent.")
    submissions: list[SubmissionOut]


SubmissionOut.model_rebuild()
