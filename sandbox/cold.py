"""The cold path: one fresh bubblewrap sandbox, and one fresh interpreter, per run.

Slow with PyTorch (the interpreter imports it every time) but needs nothing set up
in advance; it is the fallback while the warm pool starts or when it cannot run.
The host only writes into a directory it created itself and mounts it read-only;
it never opens, follows or deletes anything the sandbox could have written.
"""

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from sandbox.bwrap import BWRAP_ENV, build_command
from sandbox.cgroup import RunCgroup
from sandbox.harness import seccomp
from sandbox.limits import MB, Limits
from sandbox.run_io import Collected, RunOutcome, RunRequest, build_outcome, collect


def run_cold(request: RunRequest, group: RunCgroup | None) -> RunOutcome:
    box = Path(tempfile.mkdtemp(prefix="drill-box-"))
    try:
        (box / "job.json").write_text(json.dumps(request.job()), encoding="utf-8")
        (box / "job.json").chmod(0o444)
        box.chmod(0o555)
        return _execute(box, request, group)
    finally:
        box.chmod(0o755)
        shutil.rmtree(box, ignore_errors=True)


def _execute(box: Path, request: RunRequest, group: RunCgroup | None) -> RunOutcome:
    limits = request.limits
    report_read, report_write = os.pipe()

    def before_exec() -> None:
        if group is not None:
            group.join()
        limits.apply_rlimits()

    filter_fd = seccomp.program_fd() if seccomp.SUPPORTED else None
    started = time.monotonic()
    try:
        process = subprocess.Popen(
            build_command(box, limits.scratch_mb * MB, report_write, filter_fd, limits.threads),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            pass_fds=(report_write,) if filter_fd is None else (report_write, filter_fd),
            preexec_fn=before_exec,
            start_new_session=True,
            env=BWRAP_ENV,
        )
    finally:
        os.close(report_write)
        if filter_fd is not None:
            os.close(filter_fd)

    def kill() -> None:
        # bwrap's --die-with-parent and the pid namespace take the rest down with it.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)

    out_fd, err_fd = os.dup(process.stdout.fileno()), os.dup(process.stderr.fileno())
    process.stdout.close()
    process.stderr.close()
    got = collect(out_fd, err_fd, report_read, limits, started, kill)
    return reap(process, got, started, limits, group, warm=False)


def reap(
    process: subprocess.Popen[bytes],
    got: Collected,
    started: float,
    limits: Limits,
    group: RunCgroup | None,
    *,
    warm: bool,
) -> RunOutcome:
    """Wait for a bwrap process whose pipes are drained; its outcome."""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = code = os.waitstatus_to_exitcode(status)
    return build_outcome(
        got,
        exit_code=128 - code if code < 0 else code,
        wall_ms=(time.monotonic() - started) * 1000,
        limits=limits,
        group=group,
        rusage_cpu_ms=(usage.ru_utime + usage.ru_stime) * 1000,
        rusage_peak_mb=usage.ru_maxrss / 1024,
        warm=warm,
    )
