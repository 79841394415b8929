"""The sandbox limits for an exercise: its own overrides on top of the server's defaults."""

from app.bank import Exercise
from app.settings import Settings
from sandbox import Limits


def limits_for(exercise: Exercise, settings: Settings) -> Limits:
    own = exercise.meta.limits
    return Limits(
        wall_time_s=own.wall_time_s or settings.wall_time_s,
        cpu_time_s=own.cpu_time_s or settings.cpu_time_s,
        memory_mb=own.memory_mb or settings.memory_mb,
        max_processes=settings.max_processes,
        threads=settings.threads_per_run,
        scratch_mb=settings.scratch_mb,
        max_file_mb=settings.max_file_mb,
        max_output_bytes=settings.max_output_kb * 1024,
    )
