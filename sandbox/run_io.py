"""What goes into a run and what comes out, shared by the cold and warm paths.

`collect` reads a run's stdout, stderr and report pipes with caps and a wall-clock
deadline; `build_outcome` turns what was read and what the host measured into a
`RunOutcome`. Resource figures come from the host (the run's cgroup, or wait4),
never from the sandboxed process.
"""

import json
import os
import selectors
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sandbox.cgroup import RunCgroup
from sandbox.limits import MB, Limits


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
    # A benchmark run (sandbox/harness/bench.py): reference, input generators, cases and
    # time budget. The harness then times instead of testing; test_files is unused.
    benchmark: dict[str, Any] | None = None

    def job(self) -> dict[str, Any]:
        """Everything the harness needs, in one JSON document (no expected values in it)."""
        extra = {} if self.benchmark is None else {"benchmark": self.benchmark}
        return {
            **extra,
            "solution": self.code,
            "test_files": [[t.name, t.code, t.hidden] for t in self.test_files],
            "seed": self.seed,
            "max_value_bytes": self.limits.max_value_bytes,
            "limits": {  # applied by the pre-started and forked paths; cold uses preexec
                "cpu_time_s": self.limits.cpu_time_s,
                "memory_mb": self.limits.memory_mb,
                "max_file_mb": self.limits.max_file_mb,
                "max_processes": self.limits.max_processes,
                "threads": self.limits.threads,
            },
        }


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
    # Which capped pipe overflowed: "stdout", "stderr" or "report" (the harness's).
    output_exceeded_on: str | None = None
    # The cgroup refused a fork or thread at its pids limit; None: no cgroup to tell.
    process_limit_hit: bool | None = None
    report_problem: str | None = None
    warm: bool = False

    @property
    def finished(self) -> bool:
        """The harness reached its end and said so."""
        return bool(self.events) and self.events[-1].get("event") == "done"


class Capture:
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


@dataclass
class Collected:
    stdout: Capture
    stderr: Capture
    report: Capture
    wall_timeout: bool = False
    output_exceeded: bool = False

    def report_says_done(self) -> bool:
        tail = b"".join(self.report.chunks[-2:]).rstrip().rsplit(b"\n", 1)[-1]
        return not self.output_exceeded and tail == b'{"event": "done"}'


def collect(
    out_fd: int, err_fd: int, report_fd: int, limits: Limits, started: float,
    kill: Callable[[], None],
) -> Collected:
    """Drain the three pipes until they close, the deadline passes or output overflows.

    Closes the three fds. On a timeout or overflow it calls `kill` and stops reading.
    """
    got = Collected(
        Capture(limits.max_output_bytes), Capture(limits.max_output_bytes),
        Capture(limits.max_report_bytes),
    )
    streams = {out_fd: got.stdout, err_fd: got.stderr, report_fd: got.report}
    selector = selectors.DefaultSelector()
    for fd in streams:
        selector.register(fd, selectors.EVENT_READ)
    deadline = started + limits.wall_time_s
    while selector.get_map() and not got.output_exceeded:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            got.wall_timeout = True
            break
        for key, _ in selector.select(timeout=min(remaining, 0.5)):
            data = os.read(key.fd, 65536)
            if not data:
                selector.unregister(key.fd)
            elif streams[key.fd].feed(data):
                got.output_exceeded = True
    if got.wall_timeout or got.output_exceeded:
        kill()
    selector.close()
    for fd in streams:
        os.close(fd)
    return got


def parse_report(raw: bytes) -> tuple[list[dict[str, Any]], str | None]:
    events = []
    for number, line in enumerate(raw.splitlines(), 1):
        try:
            event = json.loads(line)
        except ValueError:
            return events, f"report line {number} is not JSON"
        if not _well_formed(event):
            return events, f"report line {number} is not a well-formed event"
        events.append(event)
    return events, None


def _is_exception(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and all(isinstance(value.get(k), str) for k in ("type", "message"))
        and isinstance(value.get("mro", []), list)
        and all(isinstance(name, str) for name in value.get("mro", []))
        and isinstance(value.get("traceback", ""), str)
    )


BENCH_OUTCOMES = ("ok", "stopped", "died", "raised", "not_run", "reference_error")


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_bench(event: dict[str, Any]) -> bool:
    return (
        isinstance(event.get("name"), str)
        and event.get("outcome") in BENCH_OUTCOMES
        and all(
            isinstance(event.get(key), list) and all(_is_count(v) for v in event[key])
            for key in ("user_ns", "reference_ns")
        )
        and _is_count(event.get("calls"))
        and event["calls"] >= 1
        and _is_count(event.get("running_ns", 0))
        and _is_count(event.get("warm_reference_ns", 0))
        and isinstance(event.get("error", ""), str)
        and event.get("stop_reason", "budget") in ("budget", "cap")
    )


def _well_formed(event: Any) -> bool:
    """The shape of each event the harness writes. Anyone in the sandbox can write to
    the report pipe, so the trusted side checks types before it relies on them."""
    if not isinstance(event, dict) or not isinstance(event.get("event"), str):
        return False
    kind = event["event"]
    if kind in ("start", "result") and not isinstance(event.get("test"), str):
        return False
    if kind == "import_error":
        return _is_exception(event.get("exception"))
    if kind == "bench":
        return _is_bench(event)
    if kind == "syntax_error":
        return isinstance(event.get("message", ""), str) and isinstance(event.get("text", ""), str)
    if kind != "result":
        return True
    duration = event.get("duration_ms", 0.0)
    return (
        isinstance(event.get("hidden"), bool)
        and isinstance(event.get("options", {}), dict)
        and event.get("outcome") in ("returned", "raised", "missing", "unreportable")
        and isinstance(duration, (int, float))
        and not isinstance(duration, bool)
        and ("exception" not in event or _is_exception(event["exception"]))
        and isinstance(event.get("stdout", ""), str)
        and isinstance(event.get("missing", []), list)
    )


def build_outcome(
    got: Collected, *, exit_code: int | None, wall_ms: float, limits: Limits,
    group: RunCgroup | None, rusage_cpu_ms: float, rusage_peak_mb: float, warm: bool,
) -> RunOutcome:
    cpu_ms = (group.cpu_ms() if group else None) or rusage_cpu_ms
    peak = group.peak_memory_bytes() if group else None
    peak_mb = peak / MB if peak else rusage_peak_mb
    events, problem = parse_report(b"".join(got.report.chunks))
    pipes = (("stdout", got.stdout), ("stderr", got.stderr), ("report", got.report))
    over = [name for name, capture in pipes if capture.size > capture.cap]
    # bwrap and the zygote both report a run killed by signal N as 128 + N.
    signalled = exit_code - 128 if exit_code is not None and exit_code > 128 else None
    return RunOutcome(
        events=events,
        stdout=got.stdout.text(),
        stderr=got.stderr.text(),
        exit_code=exit_code,
        wall_ms=wall_ms,
        cpu_ms=cpu_ms,
        peak_memory_mb=round(max(peak_mb, 0.0), 1),
        wall_timeout=got.wall_timeout,
        cpu_timeout=cpu_ms >= limits.cpu_time_s * 1000 * 0.98 or signalled == signal.SIGXCPU,
        memory_killed=bool(group and group.oom_killed()),
        output_exceeded=got.output_exceeded or got.report.size > got.report.cap,
        output_exceeded_on=over[0] if over else None,
        process_limit_hit=group.pids_limit_hit() if group else None,
        report_problem=problem,
        warm=warm,
    )
