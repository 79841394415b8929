"""The warm pool: runs forked from a zygote that has already imported NumPy and PyTorch.

A cold run pays ~2–3 s of `import torch`; a fork of a warm interpreter costs a few
milliseconds. The zygote (sandbox/harness/zygote.py) lives in its own bubblewrap
sandbox, built like a cold one; each run is a child of it that isolates itself
(new namespaces, private scratch, rlimits, no capabilities, seccomp) before any of
the submission's code runs. Here, on the host, the pool:

- starts the zygote in the background and restarts it if it dies;
- hands it a run: the job in a memfd, the output pipes, and a "go" pipe;
- moves the forked child into the run's cgroup before saying "go", so every
  process of the run is counted and capped from its first instruction;
- reads the output like the cold path and waits for the zygote's `exited` report.
"""

import contextlib
import json
import logging
import os
import queue
import signal
import socket
import subprocess
import threading
import time
import uuid
from typing import Any

from sandbox.bwrap import BWRAP_ENV, SandboxUnavailable, build_zygote_command
from sandbox.cgroup import RunCgroup
from sandbox.limits import MB
from sandbox.procfs import children, descendants, ns_pids, resident_kb
from sandbox.run_io import RunOutcome, RunRequest, build_outcome, collect

log = logging.getLogger(__name__)

START_TIMEOUT_S = 60.0
HANDSHAKE_TIMEOUT_S = 15.0  # a loaded machine (CI) can take seconds to fork
EXIT_TIMEOUT_S = 10.0


class WarmRunFailed(RuntimeError):
    """The pool could not carry the run out (zygote gone, no answer); grade it cold."""


class _Zygote:
    """One zygote process and the thread that reads its messages."""

    def __init__(self, threads: int) -> None:
        host_end, zygote_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.control = host_end
        self.process = subprocess.Popen(
            build_zygote_command(zygote_end.fileno(), threads),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            pass_fds=(zygote_end.fileno(),),
            start_new_session=True,
            env=BWRAP_ENV,
        )
        zygote_end.close()
        self.ready = threading.Event()
        self.dead = threading.Event()
        self.zygote_ns_pid: int | None = None
        self.host_pid: int | None = None
        self.waiters: dict[str, queue.Queue[dict[str, Any]]] = {}
        self.lock = threading.Lock()
        threading.Thread(target=self._read, name="drill-zygote-reader", daemon=True).start()
        threading.Thread(target=self._log_stderr, name="drill-zygote-stderr", daemon=True).start()

    def _read(self) -> None:
        try:
            while True:
                data = self.control.recv(65536)
                if not data:
                    break
                message = json.loads(data)
                if message["event"] == "ready":
                    self.zygote_ns_pid = message["pid"]
                    self.ready.set()
                    continue
                with self.lock:
                    waiter = self.waiters.get(message.get("id"))
                if waiter is not None:
                    waiter.put(message)
        except (OSError, ValueError) as exc:
            log.warning("zygote control channel failed: %s", exc)
        finally:
            self.dead.set()
            self.ready.clear()
            with self.lock:
                for waiter in self.waiters.values():
                    waiter.put({"event": "dead"})

    def _log_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            log.warning("zygote: %s", line.decode(errors="replace").rstrip())

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.control.close()

    def host_pid_of(self, ns_pid: int) -> int | None:
        """The host pid of the zygote's child known as `ns_pid` in the zygote's namespace."""
        if self.host_pid is None:
            self.host_pid = next(
                (p for p in descendants(self.process.pid)[1:]
                 if ns_pids(p)[-1:] == [self.zygote_ns_pid]),
                None,
            )  # fmt: skip
        if self.host_pid is None:
            return None
        depth = len(ns_pids(self.host_pid)) - 1
        for pid in children(self.host_pid):
            levels = ns_pids(pid)
            if len(levels) > depth and levels[depth] == ns_pid:
                return pid
        return None


class WarmPool:
    """A zygote kept ready in the background; `run` forks one isolated child per request."""

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._zygote: _Zygote | None = None
        self._lock = threading.Lock()
        self._stopped = False

    def start(self) -> None:
        """Start the zygote without waiting; runs go cold until it is ready."""
        with self._lock:
            if self._stopped or (self._zygote is not None and not self._zygote.dead.is_set()):
                return
            if self._zygote is not None:
                self._zygote.stop()
            try:
                self._zygote = _Zygote(self.threads)
            except (OSError, SandboxUnavailable) as exc:
                log.warning("warm pool unavailable, grading cold: %s", exc)
                self._zygote = None

    def wait_ready(self, timeout: float = START_TIMEOUT_S) -> bool:
        zygote = self._zygote
        return zygote is not None and zygote.ready.wait(timeout)

    @property
    def ready(self) -> bool:
        zygote = self._zygote
        if zygote is not None and zygote.dead.is_set() and not self._stopped:
            self.start()  # it died: bring up a fresh one for the next runs
            return False
        return zygote is not None and zygote.ready.is_set()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._zygote is not None:
                self._zygote.stop()
                self._zygote = None

    def rss_mb(self) -> float:
        """Resident memory of the idle zygote and its bwrap parents, for the benchmarks."""
        zygote = self._zygote
        if zygote is None:
            return 0.0
        return sum(resident_kb(pid) for pid in descendants(zygote.process.pid)) / 1024

    def run(self, request: RunRequest, group: RunCgroup | None) -> RunOutcome:
        zygote = self._zygote
        if zygote is None or not zygote.ready.is_set():
            raise WarmRunFailed("the zygote is not ready")
        run_id = uuid.uuid4().hex
        waiter: queue.Queue[dict[str, Any]] = queue.Queue()
        with zygote.lock:
            zygote.waiters[run_id] = waiter
        try:
            return self._run(zygote, run_id, waiter, request, group)
        finally:
            with zygote.lock:
                zygote.waiters.pop(run_id, None)

    def _run(
        self,
        zygote: _Zygote,
        run_id: str,
        waiter: queue.Queue[dict[str, Any]],
        request: RunRequest,
        group: RunCgroup | None,
    ) -> RunOutcome:
        limits = request.limits
        job_fd = os.memfd_create("drill-job", os.MFD_CLOEXEC)
        os.write(job_fd, json.dumps(request.job()).encode())
        os.lseek(job_fd, 0, os.SEEK_SET)
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        rep_r, rep_w = os.pipe()
        go_r, go_w = os.pipe()
        message = {"id": run_id, "scratch_bytes": limits.scratch_mb * MB}
        started = time.monotonic()
        child_fds = [job_fd, out_w, err_w, rep_w, go_r]
        try:
            socket.send_fds(zygote.control, [json.dumps(message).encode()], child_fds)
        except OSError as exc:
            for fd in (out_r, err_r, rep_r, go_w):
                os.close(fd)
            raise WarmRunFailed(f"cannot reach the zygote: {exc}") from exc
        finally:
            for fd in child_fds:
                os.close(fd)
        try:
            forked = waiter.get(timeout=HANDSHAKE_TIMEOUT_S)
        except queue.Empty:
            forked = {"event": "timeout"}
        host_pid = zygote.host_pid_of(forked["pid"]) if forked["event"] == "forked" else None
        if host_pid is None:
            os.close(go_w)  # the child, if any, exits when it reads EOF
            for fd in (out_r, err_r, rep_r):
                os.close(fd)
            raise WarmRunFailed(f"the zygote did not fork the run ({forked['event']})")
        if group is not None:
            group.add(host_pid)
        os.write(go_w, b"g")
        os.close(go_w)

        def kill() -> None:
            if group is not None:
                group.kill_all()
            with contextlib.suppress(ProcessLookupError):
                os.kill(host_pid, signal.SIGKILL)  # the run's pid 1 has PDEATHSIG set

        got = collect(out_r, err_r, rep_r, limits, started, kill)
        wall_ms = (time.monotonic() - started) * 1000
        if group is not None and got.report_says_done():
            # The harness finished and closed its pipes; the cgroup has the figures, so
            # the process's own exit (unmapping torch) need not be waited for.
            exited = {"event": "exited", "exit_code": 0}
        else:
            try:
                exited = waiter.get(timeout=EXIT_TIMEOUT_S)
            except queue.Empty:
                kill()
                exited = waiter.get(timeout=EXIT_TIMEOUT_S)
        exit_code = exited.get("exit_code") if exited["event"] == "exited" else None
        return build_outcome(
            got,
            exit_code=exit_code,
            wall_ms=wall_ms,
            limits=limits,
            group=group,
            rusage_cpu_ms=float(exited.get("cpu_ms") or 0.0),
            # Without a cgroup, maxrss counts the pages shared with the zygote too.
            rusage_peak_mb=(exited.get("maxrss_kb", 0) - forked.get("rss_kb", 0)) / 1024,
            warm=True,
        )
