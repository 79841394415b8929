"""Run one piece of untrusted code against a set of test files, under bubblewrap.

`run_in_sandbox` is the whole public surface: it knows nothing of HTTP, databases
or verdicts. It returns what happened — the harness's report events, capped
stdout/stderr, how the process ended and what it used — and the trusted side
(app.grading) decides what that means.

The host side only writes files into a fresh directory it created itself and
mounts read-only; it never opens, follows or deletes anything the sandbox could
have written (the scratch directory is a tmpfs that vanishes with the run).
"""

import contextlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sandbox.bwrap import BOX, SandboxUnavailable, build_command
from sandbox.cgroup import RunCgroup
from sandbox.limits import MB, Limits

CGROUP_SLACK_BYTES = 768 * MB  # shared libraries (torch) mapped on top of the data limit


@dataclass(frozen=True)
class TestFile:
    __test__ = False  # not a pytest test class

    name: str
    code: str
    hidden: bool


@dataclass(frozen=True)
class RunRequest:
    code: str
    test_files: list[TestFile]
    seed: int
    limits: Limits = field(default_factory=Limits)


@dataclass
class RunOutcome:
    events: list[dict[str, Any]]
    stdout: str
    stderr: str
    exit_code: int | None
    wall_ms: float
    cpu_ms: float
    peak_memory_mb: float
    wall_timeout: bool = False
    cpu_timeout: bool = False
    memory_killed: bool = False
    output_exceeded: bool = False
    report_problem: str | None = None

    @property
    def finished(self) -> bool:
        """The harness reached its end and said so."""
        return bool(self.events) and self.events[-1].get("event") == "done"


class _Capture:
    """Reads one pipe up to a cap; tells when the cap was passed."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.chunks: list[bytes] = []
        self.size = 0

    def feed(self, data: bytes) -> bool:
        room = self.cap - self.size
        if room > 0:
            self.chunks.append(data[:room])
        self.size += len(data)
        return self.size > self.cap

    def text(self) -> str:
        return b"".join(self.chunks).decode("utf-8", errors="replace")


def _write_box(box: Path, request: RunRequest) -> None:
    (box / "solution.py").write_bytes(request.code.encode("utf-8", errors="surrogatepass"))
    test_files = []
    for test_file in request.test_files:
        (box / f"{test_file.name}.py").write_text(test_file.code, encoding="utf-8")
        test_files.append([f"{BOX}/{test_file.name}.py", test_file.hidden])
    job = {
        "solution": f"{BOX}/solution.py",
        "test_files": test_files,
        "seed": request.seed,
        "max_value_bytes": request.limits.max_value_bytes,
    }
    (box / "job.json").write_text(json.dumps(job), encoding="utf-8")
    for path in box.iterdir():
        path.chmod(0o444)
    box.chmod(0o555)


def _parse_report(raw: bytes) -> tuple[list[dict[str, Any]], str | None]:
    events = []
    for number, line in enumerate(raw.splitlines(), 1):
        try:
            event = json.loads(line)
        except ValueError:
            return events, f"report line {number} is not JSON"
        if not isinstance(event, dict) or not isinstance(event.get("event"), str):
            return events, f"report line {number} is not an event"
        events.append(event)
    return events, None


def run_in_sandbox(request: RunRequest) -> RunOutcome:
    limits = request.limits
    box = Path(tempfile.mkdtemp(prefix="drill-box-"))
    group = RunCgroup.create(
        memory_bytes=limits.memory_mb * MB + CGROUP_SLACK_BYTES,
        max_pids=limits.max_processes,
    )
    try:
        _write_box(box, request)
        outcome = _execute(box, request, group)
    finally:
        if group is not None:
            group.destroy()
        box.chmod(0o755)
        shutil.rmtree(box, ignore_errors=True)
    if not outcome.events and not (outcome.wall_timeout or outcome.output_exceeded):
        # The harness reports before any submitted code runs, so silence here means
        # the sandbox itself could not start: a host problem, not the submission's.
        raise SandboxUnavailable(
            f"the sandbox did not start (exit code {outcome.exit_code}): "
            f"{outcome.stderr.strip()[-1000:]}"
        )
    return outcome


def _execute(box: Path, request: RunRequest, group: RunCgroup | None) -> RunOutcome:
    limits = request.limits
    report_read, report_write = os.pipe()
    os.set_inheritable(report_write, True)

    def before_exec() -> None:
        if group is not None:
            group.join()
        limits.apply_rlimits()

    command = build_command(box, limits.scratch_mb * MB, report_write)
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=(report_write,),
        preexec_fn=before_exec,
        start_new_session=True,
    )
    os.close(report_write)
    stdout, stderr = _Capture(limits.max_output_bytes), _Capture(limits.max_output_bytes)
    report = _Capture(limits.max_report_bytes)
    streams = {
        process.stdout.fileno(): stdout,
        process.stderr.fileno(): stderr,
        report_read: report,
    }
    selector = selectors.DefaultSelector()
    for fd in streams:
        selector.register(fd, selectors.EVENT_READ)
    deadline = started + limits.wall_time_s
    wall_timeout = output_exceeded = False
    while selector.get_map():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            wall_timeout = True
            break
        for key, _ in selector.select(timeout=min(remaining, 0.5)):
            data = os.read(key.fd, 65536)
            if not data:
                selector.unregister(key.fd)
            elif streams[key.fd].feed(data):
                output_exceeded = True
        if output_exceeded:
            break
    if wall_timeout or output_exceeded:
        _kill(process)
    selector.close()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall_ms = (time.monotonic() - started) * 1000
    for fd in (process.stdout.fileno(), process.stderr.fileno()):
        os.close(fd)
    process.stdout, process.stderr = None, None
    os.close(report_read)

    cpu_ms = (group.cpu_ms() if group else None) or (usage.ru_utime + usage.ru_stime) * 1000
    peak = group.peak_memory_bytes() if group else None
    peak_mb = peak / MB if peak else usage.ru_maxrss / 1024
    events, problem = _parse_report(b"".join(report.chunks))
    exit_code = process.returncode
    return RunOutcome(
        events=events,
        stdout=stdout.text(),
        stderr=stderr.text(),
        exit_code=exit_code,
        wall_ms=wall_ms,
        cpu_ms=cpu_ms,
        peak_memory_mb=round(peak_mb, 1),
        wall_timeout=wall_timeout,
        cpu_timeout=cpu_ms >= limits.cpu_time_s * 1000 * 0.98 or exit_code == -signal.SIGXCPU,
        memory_killed=bool(group and group.oom_killed()),
        output_exceeded=output_exceeded or report.size > report.cap,
        report_problem=problem,
    )


def _kill(process: subprocess.Popen[bytes]) -> None:
    """bwrap's --die-with-parent and the pid namespace take the rest down with it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
