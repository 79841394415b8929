"""The cold path: one fresh bubblewrap sandbox, and one fresh interpreter, per run.

Slow with PyTorch (the interpreter imports it every time) but needs nothing set up
in advance; it is the fallback while the warm pool starts or when it cannot run.
The host hands the job over on stdin and creates no files for the run, so it never
opens, follows or deletes anything the sandbox could have written.
"""

import contextlib
import json
import os
import signal
import subprocess
import threading
import time

from sandbox.bwrap import BWRAP_ENV, build_command
from sandbox.cgroup import RunCgroup
from sandbox.harness import seccomp
from sandbox.limits import MB, Limits
from sandbox.run_io import Collected, RunOutcome, RunRequest, build_outcome, collect


def run_cold(request: RunRequest, group: RunCgroup | None, device: str = "cpu") -> RunOutcome:
    """The job goes in on stdin, as in a pre-started sandbox: no file of it exists on
    either side, so there is no box directory for the host to create, chmod or delete
    (the Judge0 escapes came from the host following links planted in such a box),
    and nothing on the sandbox's disk holds the hidden tests."""
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
            build_command(
                limits.scratch_mb * MB, report_write, filter_fd, limits.threads, device
            ),
            stdin=subprocess.PIPE,
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
    # A thread, so that a harness that dies before reading cannot block the host.
    threading.Thread(
        target=_hand_over, args=(process, json.dumps(request.job()).encode()), daemon=True
    ).start()

    def kill() -> None:
        # bwrap's --die-with-parent and the pid namespace take the rest down with it.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)

    out_fd, err_fd = os.dup(process.stdout.fileno()), os.dup(process.stderr.fileno())
    process.stdout.close()
    process.stderr.close()
    got = collect(out_fd, err_fd, report_read, limits, started, kill)
    return reap(process, got, started, limits, group, warm=False)


def _hand_over(process: subprocess.Popen[bytes], job: bytes) -> None:
    assert process.stdin is not None
    with contextlib.suppress(OSError):  # the harness died first: its outcome says why
        process.stdin.write(job)
    with contextlib.suppress(OSError):
        process.stdin.close()


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
