"""Resource limits for one sandboxed run, applied as rlimits in the child."""

import resource
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    wall_time_s: float = 20.0
    cpu_time_s: int = 15
    memory_mb: int = 1024
    max_processes: int = 64
    scratch_mb: int = 64
    max_file_mb: int = 32
    max_output_bytes: int = 64 * 1024
    threads: int = 1  # intra-op threads for torch (and BLAS on the cold path)
    max_report_bytes: int = 64 * MB
    max_value_bytes: int = 16 * MB

    def apply_rlimits(self) -> None:
        """Called in the child between fork and exec (subprocess preexec_fn).

        RLIMIT_DATA rather than RLIMIT_AS: PyTorch reserves far more address space
        than it uses, while DATA counts the heap and anonymous mappings that NumPy
        and PyTorch allocations actually land in, so they fail with a MemoryError
        the harness can report. RLIMIT_NPROC only binds a non-root user; as root the
        per-run pids cgroup does that job.
        """
        cpu = self.cpu_time_s
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        memory = self.memory_mb * MB
        resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
        size = self.max_file_mb * MB
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NPROC, (self.max_processes, self.max_processes))
