"""A cgroup per run, when the host lets us make one (root, or a delegated subtree).

It adds what rlimits cannot: a hard cap on resident memory that counts every
process of the run, a cap on the number of processes and threads, a peak-memory
reading, and a way to kill every leftover process. Both cgroup v1 (separate
`memory` and `pids` hierarchies) and v2 (one unified hierarchy) are handled.
"""

import contextlib
import os
import queue
import signal
import threading
import time
import uuid
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")


_reaper_queue: "queue.SimpleQueue[RunCgroup] | None" = None
_reaper_lock = threading.Lock()


def _reaper() -> "queue.SimpleQueue[RunCgroup]":
    global _reaper_queue
    with _reaper_lock:
        if _reaper_queue is None:
            _reaper_queue = queue.SimpleQueue()
            pending = _reaper_queue
            threading.Thread(
                target=lambda: [pending.get().destroy() for _ in iter(int, 1)],
                name="drill-cgroup-reaper",
                daemon=True,
            ).start()
        return _reaper_queue


class RunCgroup:
    def __init__(self, dirs: dict[str, Path], v2: bool) -> None:
        self.dirs = dirs
        self.v2 = v2

    @classmethod
    def create(cls, memory_bytes: int, max_pids: int) -> "RunCgroup | None":
        """Make the cgroup, or return None when this host does not allow it."""
        name = f"drill-{uuid.uuid4().hex[:12]}"
        v2 = (ROOT / "cgroup.controllers").is_file()
        if v2:
            controllers = (ROOT / "cgroup.controllers").read_text().split()
            if not {"memory", "pids"} <= set(controllers):
                return None
            dirs = {"memory": ROOT / name, "pids": ROOT / name, "cpu": ROOT / name}
        else:
            dirs = {c: ROOT / c / name for c in ("memory", "pids", "cpuacct")}
            dirs["cpu"] = dirs.pop("cpuacct")
        try:
            for path in set(dirs.values()):
                path.mkdir()
            group = cls(dirs, v2)
            if v2:
                group._write("memory", "memory.max", memory_bytes)
                group._write("memory", "memory.swap.max", 0)
                group._write("pids", "pids.max", max_pids)
            else:
                group._write("memory", "memory.limit_in_bytes", memory_bytes)
                group._write("pids", "pids.max", max_pids)
            return group
        except OSError:
            for path in set(dirs.values()):
                with contextlib.suppress(OSError):
                    path.rmdir()
            return None

    def _write(self, controller: str, file: str, value: int) -> None:
        (self.dirs[controller] / file).write_text(str(value))

    def join(self) -> None:
        """Move the calling process in (run in the child before exec)."""
        self.add(os.getpid())

    def add(self, pid: int) -> None:
        for path in set(self.dirs.values()):
            (path / "cgroup.procs").write_text(str(pid))

    def kill_all(self) -> None:
        for path in set(self.dirs.values()):
            with contextlib.suppress(OSError):
                for pid in (path / "cgroup.procs").read_text().split():
                    with contextlib.suppress(ProcessLookupError, ValueError):
                        os.kill(int(pid), signal.SIGKILL)

    def peak_memory_bytes(self) -> int | None:
        file = "memory.peak" if self.v2 else "memory.max_usage_in_bytes"
        with contextlib.suppress(OSError, ValueError):
            return int((self.dirs["memory"] / file).read_text())
        return None

    def cpu_ms(self) -> float | None:
        with contextlib.suppress(OSError, ValueError):
            if not self.v2:
                return int((self.dirs["cpu"] / "cpuacct.usage").read_text()) / 1e6
            for line in (self.dirs["cpu"] / "cpu.stat").read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "usage_usec":
                    return int(value) / 1000
        return None

    def oom_killed(self) -> bool:
        file = "memory.events" if self.v2 else "memory.oom_control"
        with contextlib.suppress(OSError):
            for line in (self.dirs["memory"] / file).read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill" and int(value) > 0:
                    return True
        return False

    def pids_limit_hit(self) -> bool | None:
        """Whether a fork or thread creation was refused at pids.max; None: unknown."""
        with contextlib.suppress(OSError, ValueError):
            for line in (self.dirs["pids"] / "pids.events").read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "max":
                    return int(value) > 0
        return None

    def destroy_later(self) -> None:
        """Kill what is left now; remove the directory in the background.

        The last processes of a run can take milliseconds to unmap an address space as
        big as torch's, and the cgroup cannot be removed until they are gone; a grading
        thread should not wait for that.
        """
        self.kill_all()
        _reaper().put(self)

    def destroy(self) -> None:
        """Kill whatever is left and remove the cgroup."""
        for path in set(self.dirs.values()):
            for _ in range(100):
                self.kill_all()
                try:
                    path.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.01)
