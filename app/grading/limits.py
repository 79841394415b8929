"""The sandbox limits for an exercise: its own overrides on top of the server's defaults,
and how each limit is named in a verdict's message."""

from collections.abc import Mapping

from app.bank import Exercise
from app.settings import Settings
from sandbox import Limits

# Each limit an exercise may override, by its key in [limits] (and in Settings), with
# the environment variable that sets the server's default.
SETTING = {
    "wall_time_s": "DRILL_WALL_TIME_S",
    "cpu_time_s": "DRILL_CPU_TIME_S",
    "memory_mb": "DRILL_MEMORY_MB",
    "max_processes": "DRILL_MAX_PROCESSES",
    "scratch_mb": "DRILL_SCRATCH_MB",
    "max_file_mb": "DRILL_MAX_FILE_MB",
    "max_output_kb": "DRILL_MAX_OUTPUT_KB",
}
SET_BY_EXERCISE = "set by this exercise"


def limits_for(exercise: Exercise, settings: Settings) -> Limits:
    own = exercise.meta.limits
    return Limits(
        wall_time_s=own.wall_time_s or settings.wall_time_s,
        cpu_time_s=own.cpu_time_s or settings.cpu_time_s,
        memory_mb=own.memory_mb or settings.memory_mb,
        max_processes=own.max_processes or settings.max_processes,
        threads=settings.threads_per_run,
        scratch_mb=own.scratch_mb or settings.scratch_mb,
        max_file_mb=own.max_file_mb or settings.max_file_mb,
        max_output_bytes=(own.max_output_kb or settings.max_output_kb) * 1024,
    )


def limit_sources(exercise: Exercise) -> dict[str, str]:
    """Where each limit's value came from: the exercise's [limits] or a DRILL_* setting."""
    own = exercise.meta.limits.model_dump(exclude_none=True)
    return {key: SET_BY_EXERCISE if key in own else env for key, env in SETTING.items()}


class LimitNames:
    """Each limit as a message names it: what it is, its value and where that was set,
    e.g. "limit of 64 processes/threads (DRILL_MAX_PROCESSES)"."""

    def __init__(self, limits: Limits, sources: Mapping[str, str] | None = None) -> None:
        self.limits = limits
        self.sources = {**SETTING, **(sources or {})}

    def __call__(self, key: str) -> str:
        limits = self.limits
        what = {
            "wall_time_s": f"wall-time limit of {limits.wall_time_s:g} s",
            "cpu_time_s": f"CPU-time limit of {limits.cpu_time_s} s",
            "memory_mb": f"memory limit of {limits.memory_mb} MB",
            "max_processes": f"limit of {limits.max_processes} processes/threads",
            "scratch_mb": f"scratch-disk limit of {limits.scratch_mb} MB",
            "max_file_mb": f"file-size limit of {limits.max_file_mb} MB",
            "max_output_kb": f"output limit of {_kib(limits.max_output_bytes)} KiB per stream",
        }[key]
        return f"{what} ({self.sources[key]})"


def _kib(size: int) -> str:
    return f"{size / 1024:g}"
