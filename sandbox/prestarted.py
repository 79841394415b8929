"""Pre-started single-use sandboxes: the warm path for GPU workers.

CUDA cannot survive a fork, so a GPU worker cannot fork runs from a zygote. Instead
it keeps a few cold sandboxes started ahead of time, each an interpreter that has
already imported torch and created its CUDA context (harness/prestarted.py) and
waits for one job. A run takes a ready one; a background thread starts the next.
Each is exactly as isolated as a cold run, because it is one, started earlier.
On a CPU worker the same pool works without CUDA (and is tested that way here).
"""

import contextlib
import json
import logging
import os
import signal
import subprocess
import threading
import time
from collections import deque
from dataclasses import dataclass

from sandbox.bwrap import BWRAP_ENV, build_prestarted_command
from sandbox.cgroup import RunCgroup
from sandbox.cold import reap
from sandbox.harness import seccomp
from sandbox.limits import MB, Limits
from sandbox.procfs import descendants
from sandbox.run_io import RunOutcome, RunRequest, collect
from sandbox.warm import WarmRunFailed

log = logging.getLogger(__name__)

READY_LINE = b'{"event": "prestarted"}\n'


@dataclass
class _Prestarted:
    process: subprocess.Popen[bytes]
    out_fd: int
    err_fd: int
    report_fd: int


class PrestartedPool:
    def __init__(
        self, size: int = 2, device: str = "cpu", limits: Limits | None = None, threads: int = 1
    ) -> None:
        self.size = size
        self.device = device
        self.threads = threads
        self.scratch_bytes = (limits or Limits()).scratch_mb * MB
        self._ready: deque[_Prestarted] = deque()
        self._lock = threading.Condition()
        self._stopped = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._keep_filled, name="drill-prestart", daemon=True
        )
        self._thread.start()

    @property
    def ready(self) -> bool:
        with self._lock:
            return bool(self._ready)

    def wait_ready(self, timeout: float = 60.0) -> bool:
        with self._lock:
            return self._lock.wait_for(lambda: bool(self._ready), timeout)

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            spares, self._ready = list(self._ready), deque()
            self._lock.notify_all()
        for spare in spares:
            self._discard(spare)

    def _keep_filled(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._stopped or len(self._ready) < self.size)
                if self._stopped:
                    return
            try:
                spare = self._spawn(self.scratch_bytes)
            except OSError as exc:
                log.warning("cannot pre-start a sandbox: %s", exc)
                spare = None
            if spare is None:  # back off rather than spin; runs go cold meanwhile
                with self._lock:
                    self._lock.wait_for(lambda: self._stopped, timeout=5)
                continue
            with self._lock:
                if self._stopped:
                    self._discard(spare)
                    return
                self._ready.append(spare)
                self._lock.notify_all()

    def _spawn(self, scratch_bytes: int) -> _Prestarted | None:
        report_r, report_w = os.pipe()
        filter_fd = seccomp.program_fd() if seccomp.SUPPORTED else None
        fds = (report_w,) if filter_fd is None else (report_w, filter_fd)
        try:
            process = subprocess.Popen(
                build_prestarted_command(
                    scratch_bytes, report_w, filter_fd, self.device, self.threads
                ),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=fds,
                start_new_session=True,
                env=BWRAP_ENV,
            )
        finally:
            for fd in fds:
                os.close(fd)
        out_fd, err_fd = os.dup(process.stdout.fileno()), os.dup(process.stderr.fileno())
        process.stdout.close()
        process.stderr.close()
        spare = _Prestarted(process, out_fd, err_fd, report_r)
        if os.read(report_r, len(READY_LINE)) != READY_LINE:  # blocks while torch imports
            log.warning("a pre-started sandbox did not come up; see its stderr")
            self._discard(spare)
            return None
        return spare

    def _take(self, scratch_bytes: int) -> _Prestarted:
        """A ready sandbox, or, for a run whose scratch size differs from the pool's (the
        size is fixed when bwrap mounts it), one started now for that run alone: slower,
        but still on this worker's device, which a cold run would not be."""
        if scratch_bytes != self.scratch_bytes:
            try:
                spare = self._spawn(scratch_bytes)
            except OSError as exc:
                raise WarmRunFailed(f"cannot start a sandbox for this run: {exc}") from exc
            if spare is None:
                raise WarmRunFailed("a sandbox started for this run did not come up")
            return spare
        with self._lock:
            if not self._ready:
                raise WarmRunFailed("no pre-started sandbox is ready")
            spare = self._ready.popleft()
            self._lock.notify_all()
        return spare

    def _discard(self, spare: _Prestarted) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(spare.process.pid, signal.SIGKILL)
        spare.process.wait()
        for fd in (spare.out_fd, spare.err_fd, spare.report_fd):
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            spare.process.stdin.close()

    def run(self, request: RunRequest, group: RunCgroup | None) -> RunOutcome:
        spare = self._take(request.limits.scratch_mb * MB)
        process = spare.process
        if group is not None:
            # Only what the run itself uses is charged: the import stays with the
            # cgroup the process started in.
            for pid in descendants(process.pid):
                with contextlib.suppress(OSError):
                    group.add(pid)
        limits = request.limits
        started = time.monotonic()
        assert process.stdin is not None
        try:
            process.stdin.write(json.dumps(request.job()).encode())
            process.stdin.close()
        except OSError as exc:
            self._discard(spare)
            raise WarmRunFailed(f"the pre-started sandbox went away: {exc}") from exc

        def kill() -> None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)

        got = collect(spare.out_fd, spare.err_fd, spare.report_fd, limits, started, kill)
        return reap(process, got, started, limits, group, warm=True)
