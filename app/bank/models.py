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

    @property
    def digest(self) -> str:
        """Changes whenever anything that affects expected results changes."""
        h = hashlib.sha256()
        for part in (self.reference_code, self.public_tests_code, self.hidden_tests_code):
            h.update(part.encode())
            h.update(b"\0")
        return h.hexdigest()[:16]
