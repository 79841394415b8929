"""The bubblewrap command line for one run: what the sandbox can see and do.

Inside, the process sees: the system's /usr (and the /lib, /bin links), the
Python installation and virtual environment it runs on, read-only; the harness,
read-only at /opt/drill/harness (the run's job arrives on stdin); a fresh
size-capped tmpfs at /tmp as its scratch and working directory; its own /proc and a
minimal /dev. It runs as uid 65534 in new user, pid, network, ipc, uts and cgroup
namespaces with every capability dropped; the network namespace has no interfaces
up, so nothing, loopback included, can be reached.
"""

import os
import shutil
import sys
from pathlib import Path

HARNESS_DIR = Path(__file__).resolve().parent / "harness"
SANDBOX_HARNESS = "/opt/drill/harness"
NOBODY = "65534"
# The root and /dev are tmpfs that bwrap builds; left writable they would be scratch
# space without a size cap, and in the zygote one shared by every run.
SEAL = ("--remount-ro", "/", "--remount-ro", "/dev")
# bwrap's own processes (its pid 1 is visible in the sandbox's /proc) get nothing of
# the server's environment: --clearenv only cleans the final command's.
BWRAP_ENV: dict[str, str] = {}
THREAD_ENV = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS")


class SandboxUnavailable(RuntimeError):
    """bubblewrap is missing or cannot create namespaces on this host."""


def bwrap_path() -> str:
    path = shutil.which("bwrap")
    if path is None:
        raise SandboxUnavailable(
            "bubblewrap (bwrap) is not installed; install it with `apt-get install -y bubblewrap`"
        )
    return path


def _system_mounts() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("lib", "lib64", "lib32", "bin", "sbin"):
        path = Path("/") / name
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
    for name in ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives"):
        if os.path.exists(name):
            args += ["--ro-bind", name, name]
    return args


def _python_mounts() -> list[str]:
    """The interpreter's installation and the venv, at their own paths, read-only."""
    roots = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(), Path(sys.prefix)}
    args = []
    for root in sorted(roots, key=lambda p: len(p.parts)):
        if root.is_relative_to("/usr"):
            continue
        args += ["--ro-bind", str(root), str(root)]
    return args


# Kernel knobs under /proc. When the server runs as root, the sandbox's uid maps to
# root outside its namespace, so file permissions alone would let a submission write
# /proc/sys (core_pattern: root on the host) or drop the host's caches. Docker masks
# the same paths. Directories become empty read-only tmpfs, files /dev/null.
PROC_GUARDED_DIRS = ("/proc/sys", "/proc/irq", "/proc/bus", "/proc/fs", "/proc/acpi", "/proc/scsi")
PROC_GUARDED_FILES = (
    "/proc/sysrq-trigger", "/proc/kcore", "/proc/keys", "/proc/timer_list",
    "/proc/sched_debug", "/proc/latency_stats",
)  # fmt: skip


def _proc_guards() -> list[str]:
    args: list[str] = []
    for path in PROC_GUARDED_DIRS:
        if os.path.isdir(path):
            args += ["--tmpfs", path, "--remount-ro", path]
    for path in PROC_GUARDED_FILES:
        if os.path.exists(path):
            args += ["--ro-bind", "/dev/null", path]
    return args


def _base_command(scratch_bytes: int, *, disable_userns: bool, threads: int) -> list[str]:
    env = {
        "HOME": "/tmp",
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUNBUFFERED": "1",
        "MPLCONFIGDIR": "/tmp",
        **{name: str(threads) for name in THREAD_ENV},
    }
    # fmt: off
    command = [
        bwrap_path(),
        "--unshare-all", "--unshare-user",
        *(["--disable-userns"] if disable_userns else []),
        "--uid", NOBODY, "--gid", NOBODY,
        "--hostname", "sandbox",
        "--die-with-parent", "--new-session",
        "--cap-drop", "ALL",
        # The scratch tmpfs comes first so that a Python installed under /tmp
        # (a CI checkout) is mounted inside it rather than hidden by it.
        "--size", str(scratch_bytes), "--tmpfs", "/tmp",
        *_system_mounts(),
        *_python_mounts(),
        "--ro-bind", str(HARNESS_DIR), SANDBOX_HARNESS,
        "--proc", "/proc",
        *_proc_guards(),
        "--dev", "/dev",
        "--size", str(scratch_bytes), "--tmpfs", "/dev/shm",
        "--chdir", "/tmp",
        "--clearenv",
    ]
    # fmt: on
    for key, value in env.items():
        command += ["--setenv", key, value]
    return command


def build_command(
    scratch_bytes: int,
    report_fd: int,
    seccomp_fd: int | None,
    threads: int = 1,
    device: str = "cpu",
) -> list[str]:
    """A cold run: the harness reads the job from stdin and reports on `report_fd`;
    bwrap installs the seccomp program read from `seccomp_fd` before exec. On a GPU
    worker (`device` "cuda") it gets the GPU, as a pre-started sandbox would."""
    return [
        *_base_command(scratch_bytes, disable_userns=True, threads=threads),
        *(["--seccomp", str(seccomp_fd)] if seccomp_fd is not None else []),
        *([*gpu_device_args(), "--setenv", "DRILL_DEVICE", "cuda"] if device == "cuda" else []),
        *SEAL,
        sys.executable, "-I", "-X", "faulthandler",
        f"{SANDBOX_HARNESS}/run.py", str(report_fd),
    ]  # fmt: skip


def gpu_device_args() -> list[str]:
    """The NVIDIA device nodes a CUDA context needs, bound into the sandbox."""
    nodes = sorted(str(p) for p in Path("/dev").glob("nvidia*") if not p.is_dir())
    caps = ["/dev/nvidia-caps"] if Path("/dev/nvidia-caps").is_dir() else []
    return [arg for node in nodes + caps for arg in ("--dev-bind", node, node)]


def build_prestarted_command(
    scratch_bytes: int, report_fd: int, seccomp_fd: int | None, device: str, threads: int = 1
) -> list[str]:
    """A single-use interpreter that imports torch (and CUDA) before its job arrives."""
    return [
        *_base_command(scratch_bytes, disable_userns=True, threads=threads),
        *(["--seccomp", str(seccomp_fd)] if seccomp_fd is not None else []),
        *(gpu_device_args() if device == "cuda" else []),
        "--setenv", "DRILL_DEVICE", device,
        *SEAL,
        sys.executable, "-I", "-X", "faulthandler",
        f"{SANDBOX_HARNESS}/prestarted.py", str(report_fd),
    ]  # fmt: skip


def build_zygote_command(control_fd: int, threads: int = 1) -> list[str]:
    """The warm zygote. Its children need user namespaces to isolate themselves, so
    they stay enabled here; every child closes that door (seccomp) before user code."""
    return [
        *_base_command(1024 * 1024, disable_userns=False, threads=threads),
        *SEAL,
        sys.executable, "-I", "-X", "faulthandler",
        f"{SANDBOX_HARNESS}/zygote.py", str(control_fd),
    ]  # fmt: skip
