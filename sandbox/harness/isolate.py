"""Make a forked child of the zygote as isolated as a cold sandbox, before user code runs.

The zygote already lives in a bubblewrap sandbox (no network, read-only system,
uid 65534). Each child then gets, on its own: new user, mount, pid, network, IPC
and UTS namespaces; a private size-capped tmpfs on /tmp and /dev/shm; an empty
read-only /proc (a fresh procfs cannot be mounted under bubblewrap's covered one,
and the zygote's /proc would show the siblings); rlimits; no capabilities; no new
privileges; and the seccomp deny-list. Only the standard library and ctypes.
"""

import ctypes
import math
import os
import platform
import resource
import sys
from typing import Any

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_MOVE = 32, 4096, 8192
MS_REC, MS_PRIVATE = 1 << 14, 1 << 18
PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
LINUX_CAPABILITY_VERSION_3 = 0x20080522
MB = 1024 * 1024

_libc = ctypes.CDLL(None, use_errno=True)
_libc_gil = ctypes.PyDLL(None, use_errno=True)  # keeps the GIL across the call
SYS_CLONE = {"x86_64": 56, "aarch64": 220}[platform.machine()]
SIGCHLD = 17


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def _mount(source: str, target: str, fstype: str | None, flags: int, data: str | None) -> None:
    _check(
        _libc.mount(
            source.encode(),
            target.encode(),
            fstype.encode() if fstype else None,
            ctypes.c_ulong(flags),
            data.encode() if data else None,
        ),
        f"mount {target}",
    )


def _python_roots_under_tmp() -> list[str]:
    roots = {sys.prefix, sys.base_prefix, os.path.realpath(sys.prefix)}
    roots |= {os.path.realpath(sys.base_prefix)}
    return sorted(r for r in roots if r.startswith("/tmp/"))


def data_segment_bytes() -> int:
    """VmData now: the zygote's inherited heap, so the child's limit comes on top of it."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    return 0


def clone_into_namespaces() -> int:
    """fork(), but the child starts in new user, mount, pid, network, IPC and UTS
    namespaces, as pid 1 of its own. One clone instead of fork + unshare + fork saves
    a copy and a teardown of the zygote's page tables per run. The call is made with
    the GIL held (PyDLL) and Python's own before/after-fork hooks, as os.fork does."""
    flags = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
    ctypes.pythonapi.PyOS_BeforeFork()
    pid = _libc_gil.syscall(SYS_CLONE, flags | SIGCHLD, 0, 0, 0, 0)
    if pid == 0:
        ctypes.pythonapi.PyOS_AfterFork_Child()
        return 0
    errno = ctypes.get_errno()
    ctypes.pythonapi.PyOS_AfterFork_Parent()
    if pid < 0:
        raise OSError(errno, f"clone: {os.strerror(errno)}")
    return pid


def enter_namespaces(scratch_bytes: int) -> None:
    """In the cloned child: map its uid, then private mounts for scratch and /proc."""
    uid, gid = os.getuid(), os.getgid()
    with open("/proc/self/setgroups", "w") as fh:
        fh.write("deny")
    with open("/proc/self/uid_map", "w") as fh:
        fh.write(f"{uid} {uid} 1")
    with open("/proc/self/gid_map", "w") as fh:
        fh.write(f"{gid} {gid} 1")
    _mount("none", "/", None, MS_REC | MS_PRIVATE, None)
    scratch = f"size={scratch_bytes},mode=1777"
    # The new /tmp is built at /dev/shm and moved into place, so that a Python that
    # lives under /tmp (a CI checkout's venv) can be bound into it before the old
    # /tmp disappears under it.
    _mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, scratch)
    for root in _python_roots_under_tmp():
        staged = "/dev/shm" + root.removeprefix("/tmp")
        os.makedirs(staged, exist_ok=True)
        _mount(root, staged, None, MS_BIND | MS_REC, None)
        _mount("none", staged, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, None)
    _mount("/dev/shm", "/tmp", None, MS_MOVE, None)
    _mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, scratch)
    _mount("tmpfs", "/proc", "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k")


def die_with_parent() -> None:
    _check(_libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0), "prctl(PDEATHSIG)")


def apply_limits(limits: dict[str, Any], inherited_data: int) -> None:
    """The run's limits on top of what this process already used (a pre-started
    interpreter has spent CPU and memory importing torch before the run began)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = int(limits["cpu_time_s"]) + math.ceil(usage.ru_utime + usage.ru_stime)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    data = inherited_data + int(limits["memory_mb"]) * MB
    resource.setrlimit(resource.RLIMIT_DATA, (data, data))
    size = int(limits["max_file_mb"]) * MB
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    processes = int(limits["max_processes"])
    resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def drop_privileges() -> None:
    """No capabilities (the new user namespace granted a full set) and no way back."""
    _check(_libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0), "clear ambient caps")
    header = _CapHeader(LINUX_CAPABILITY_VERSION_3, 0)
    data = (_CapData * 2)()
    _check(_libc.capset(ctypes.byref(header), data), "capset")
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(NO_NEW_PRIVS)")
