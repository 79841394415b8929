"""All configuration in one place, read from `DRILL_*` environment variables.

The defaults run a single-machine server with no extra services: SQLite under the
data directory and an in-process worker pool.
"""

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DRILL_", extra="ignore")

    data_dir: Path = Field(
        default=REPO_ROOT / "data",
        description="Where the SQLite database and cached expectations live.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; defaults to SQLite at DATA_DIR/drill.db. "
        "Example: postgresql+psycopg://drill@127.0.0.1:5432/drill",
    )
    exercises_dir: Path = Field(default=REPO_ROOT / "exercises")
    exercise_path: str = Field(
        default="",
        description="More exercise directories (a private question bank), separated by "
        "':' like PATH; their exercises are served next to the built-in ones.",
    )
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = Field(
        default=4, ge=1, le=64, description="Concurrent gradings (embedded pool threads)."
    )
    max_code_bytes: int = Field(default=256 * 1024, ge=1024)
    max_wait_s: float = Field(default=30.0, ge=0)
    device: Literal["auto", "cpu", "cuda"] = Field(
        default="auto",
        description="Where runs execute; auto picks cuda when NVIDIA devices are present.",
    )
    warm_pool: bool = Field(
        default=True,
        description="Fork runs from a zygote that already imported NumPy and PyTorch "
        "(fast); false starts a fresh sandboxed interpreter per run (slow, no set-up).",
    )

    # Programs: API keys (`drill keys create`) and their limits.
    allow_anonymous: bool = Field(
        default=True,
        description="Requests without an API key may submit and read; false: 401 without one.",
    )
    key_rate_per_minute: int = Field(
        default=120, ge=1, description="Submissions per key per minute."
    )
    key_max_concurrent: int = Field(
        default=20, ge=1, description="Unfinished submissions one key may have at once."
    )

    webhook_secret: str | None = Field(
        default=None,
        description="Signs webhook bodies (HMAC-SHA256); `callback_url` is refused without it.",
    )
    webhook_allow_private: bool = Field(
        default=False,
        description="Let callbacks reach loopback and private addresses (off: no probing "
        "of the server's own network).",
    )

    # Many machines: Celery workers on Redis (app/queue/celery_queue.py).
    redis_url: str | None = Field(
        default=None,
        description="Redis for Celery (e.g. redis://127.0.0.1:6379/0); unset grades in-process.",
    )
    max_queue_depth: int = Field(
        default=1000,
        ge=1,
        description="Queued submissions beyond which POST /submissions answers 503.",
    )
    task_time_limit_s: float = Field(
        default=600.0,
        gt=0,
        description="Hard limit on one grading; past it the submission ends internal_error.",
    )
    visibility_timeout_s: int = Field(
        default=3600,
        ge=60,
        description="Redis redelivers an unacknowledged task after this; above the hard limit.",
    )
    heartbeat_s: float = Field(
        default=2.0,
        gt=0,
        description="How often workers announce themselves and renew their leases; a "
        "worker silent for three periods is dead and its submissions are re-queued.",
    )

    # Default sandbox limits; an exercise may override them in its metadata.
    wall_time_s: float = Field(default=20.0, gt=0)
    cpu_time_s: int = Field(default=15, ge=1)
    memory_mb: int = Field(default=1024, ge=64)
    max_processes: int = Field(default=64, ge=4)
    threads_per_run: int = Field(
        default=1,
        ge=1,
        le=256,
        description="torch intra-op (and BLAS) threads in each run; keep workers x threads "
        "at or below the core count.",
    )
    scratch_mb: int = Field(default=64, ge=1)
    max_file_mb: int = Field(default=32, ge=1)
    max_output_kb: int = Field(default=64, ge=1)

    @model_validator(mode="after")
    def _visibility_above_hard_limit(self) -> "Settings":
        if self.visibility_timeout_s <= self.task_time_limit_s:
            raise ValueError(
                "DRILL_VISIBILITY_TIMEOUT_S must be above DRILL_TASK_TIME_LIMIT_S, or Redis "
                "would hand a grading that is still running to a second worker"
            )
        return self

    @property
    def exercise_dirs(self) -> list[Path]:
        extra = [Path(p) for p in self.exercise_path.split(os.pathsep) if p.strip()]
        return [self.exercises_dir, *extra]

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'drill.db'}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
