"""What an exercise is, as validated from its folder (see exercises/README.md)."""

import hashlib
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class Difficulty(StrEnum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


class Kind(StrEnum):
    function = "function"
    cls = "class"
    debugging = "debugging"


class LimitOverrides(BaseModel):
    """Per-exercise sandbox limits; anything unset falls back to the server settings."""

    model_config = ConfigDict(extra="forbid")

    wall_time_s: float | None = Field(default=None, gt=0, le=300)
    cpu_time_s: int | None = Field(default=None, ge=1, le=300)
    memory_mb: int | None = Field(default=None, ge=64, le=65536)
    max_processes: int | None = Field(
        default=None, ge=4, le=1024, description="Processes and threads of a run, together."
    )
    scratch_mb: int | None = Field(
        default=None, ge=1, le=4096, description="The tmpfs at /tmp (and /dev/shm); it is RAM."
    )
    max_file_mb: int | None = Field(default=None, ge=1, le=4096, description="Largest file.")
    max_output_kb: int | None = Field(
        default=None, ge=1, le=16384, description="Captured stdout, and stderr, each."
    )


class BenchmarkCase(BaseModel):
    """One timed workload: the submission's entry point against the reference's."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    summary: str = Field(min_length=5, max_length=200, description="The workload, for people.")
    inputs: str = Field(
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="A function in benchmarks.py: seed -> the entry point's arguments.",
    )
    entry: str | None = Field(default=None, description="Defaults to the first entry point.")
    max_ratio: float = Field(gt=1.0, le=1000, description="Pass within this × the reference.")
    min_ratio: float = Field(
        default=0.1,
        gt=0,
        lt=1,
        description="Faster than this fraction of the reference is implausible: flagged, fails.",
    )
    rtol: float | None = Field(default=None, ge=0, description="Tolerance of the output check.")
    atol: float | None = Field(default=None, ge=0)


class BenchmarkSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    budget_s: float = Field(
        default=3.0,
        gt=0,
        le=30,
        description="Wall time for all cases together; a submission still running is stopped.",
    )
    cases: list[BenchmarkCase] = Field(min_length=1, max_length=8)


class Metadata(BaseModel):
    """The contents of `exercise.toml`. Unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=3, max_length=120)
    difficulty: Difficulty
    kind: Kind
    tags: list[str] = Field(min_length=1)
    summary: str = Field(min_length=10, max_length=300)
    estimated_minutes: int = Field(ge=1, le=240)
    entry_points: list[str] = Field(min_length=1)
    hints: list[str] = Field(default_factory=list)
    limits: LimitOverrides = Field(default_factory=LimitOverrides)
    needs_gpu: bool = Field(
        default=False, description="Graded only by GPU workers (the `gpu` queue)."
    )
    benchmark: BenchmarkSpec | None = None


class TestSource(BaseModel):
    name: str
    code: str


class Exercise(BaseModel):
    """One exercise, fully loaded. File contents are held in memory; they are small."""

    model_config = ConfigDict(frozen=True)

    id: str
    path: Path
    meta: Metadata
    prompt_markdown: str
    starter_code: str
    reference_code: str
    public_tests_code: str
    hidden_tests_code: str
    notes_markdown: str
    public_tests: list[TestSource]
    hidden_test_names: list[str]
    mutants: dict[str, str]
    alternatives: dict[str, str] = {}
    """Correct solutions written unlike the reference: the tests must accept them too."""
    benchmarks_code: str = ""
    baseline_code: str | None = None

    @property
    def has_benchmarks(self) -> bool:
        return self.meta.benchmark is not None

    @property
    def digest(self) -> str:
        """Changes whenever anything that affects expected results changes."""
        h = hashlib.sha256()
        for part in (self.reference_code, self.public_tests_code, self.hidden_tests_code):
            h.update(part.encode())
            h.update(b"\0")
        return h.hexdigest()[:16]
