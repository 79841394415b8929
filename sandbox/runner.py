"""Run one piece of untrusted code against a set of test files, isolated.

`run_in_sandbox` is the whole public surface: it knows nothing of HTTP, databases
or verdicts. It returns what happened — the harness's report events, capped
stdout/stderr, how the process ended and what it used — and the trusted side
(app.grading) decides what that means. A run goes to the warm pool when one is
ready, and otherwise to a cold sandbox; both isolate it the same way.
"""

import contextlib
from collections.abc import Iterator

from sandbox.bwrap import SandboxUnavailable
from sandbox.cgroup import RunCgroup
from sandbox.cold import run_cold
from sandbox.limits import MB
from sandbox.prestarted import PrestartedPool
from sandbox.run_io import RunOutcome, RunRequest
from sandbox.warm import WarmPool, WarmRunFailed

CGROUP_SLACK_BYTES = 768 * MB  # shared libraries (torch) mapped on top of the data limit


@contextlib.contextmanager
def _run_cgroup(request: RunRequest) -> Iterator[RunCgroup | None]:
    # A benchmark run holds two interpreters (timer and contestant), each under the limit.
    processes = 1 if request.benchmark is None else 2
    group = RunCgroup.create(
        memory_bytes=processes * request.limits.memory_mb * MB + CGROUP_SLACK_BYTES,
        max_pids=request.limits.max_processes,
    )
    try:
        yield group
    finally:
        if group is not None:
            group.destroy_later()


def run_in_sandbox(
    request: RunRequest, pool: WarmPool | PrestartedPool | None = None
) -> RunOutcome:
    outcome = None
    if pool is not None and pool.ready:
        with _run_cgroup(request) as group:
            try:
                outcome = pool.run(request, group)
            except WarmRunFailed:
                outcome = None  # the pool's fault, not the code's: grade it cold instead
    if outcome is None:
        # On a GPU worker the cold run gets the GPU too: only the pool knows the device.
        device = pool.device if isinstance(pool, PrestartedPool) else "cpu"
        with _run_cgroup(request) as group:
            outcome = run_cold(request, group, device)
    if not outcome.events and not (outcome.wall_timeout or outcome.output_exceeded):
        # The harness reports before any submitted code runs, so silence here means
        # the sandbox itself could not start: a host problem, not the submission's.
        raise SandboxUnavailable(
            f"the sandbox did not start (exit code {outcome.exit_code}): "
            f"{outcome.stderr.strip()[-1000:]}"
        )
    return outcome
