"""The warm zygote: an interpreter with NumPy and PyTorch imported, forking one child per run.

Usage (inside a bubblewrap sandbox): python -I zygote.py CONTROL_FD

The host sends, per run, a small JSON message with five file descriptors attached:
the job (a memfd holding the job JSON), stdout, stderr, the report pipe and a "go"
pipe. The zygote never reads the job itself — so no submission's code or hidden tests
ever sit in the memory that later children inherit — it only forks and reports
`forked` (with the child's pid in this namespace) and `exited` (wait status and
resource usage). The child waits for "go" (the host first moves it into the run's
cgroup), isolates itself (isolate.py), forks the process that becomes pid 1 of its
own namespace, and that process runs the harness exactly as a cold sandbox would.

The zygote must stay clean, because every child inherits its state:

- besides importing NumPy and PyTorch (and reading the CPU's capability once), it
  runs only `run.warm_up()` before forking: a few tiny tensor operations on the CPU
  (a two-element backward pass and an SGD step, so that no run pays for importing
  torch._dynamo) and RNG seeding, too small to start torch's intra-op thread pool;
- it checks at start-up that it still has a single thread and exits otherwise: fork
  copies only the calling thread, and a lock another thread held would stay held;
- it never touches CUDA (a CUDA context does not survive fork; GPU workers use
  pre-started sandboxes instead);
- it prints nothing of any run.

tests/test_sandbox_warm.py checks the single thread and the absence of CUDA.
"""

import contextlib
import gc
import json
import os
import selectors
import signal
import socket
import sys
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


import isolate
import run
import seccomp

with contextlib.suppress(ImportError):
    import numpy  # noqa: F401
with contextlib.suppress(ImportError):
    import torch

    # cpuinfo parses /proc/cpuinfo once; children have an empty /proc. This starts
    # no threads (unlike a first tensor operation would start the intra-op pool).
    torch.backends.cpu.get_cpu_capability()

# Pay once, here, the first-call costs every run would otherwise pay after fork.
run.warm_up()
# Forking a multi-threaded process leaves its other threads' locks held in the child.
if len(os.listdir("/proc/self/task")) != 1:
    sys.exit("drill zygote: warm-up started threads; refusing to fork from it")

# Children share the zygote's memory copy-on-write; a garbage collection touching
# every inherited object would copy it all. Frozen objects are never traversed.
gc.collect()
gc.freeze()

FDS_PER_RUN = 5
SECCOMP_PROGRAM = seccomp.deny_list_program() if seccomp.SUPPORTED else None


def child(fds: list[int], message: dict[str, Any]) -> None:
    """pid 1 of the run's own namespaces, fresh from clone(); never returns."""
    job_fd, out_fd, err_fd, report_fd, go_fd = fds
    try:
        if os.read(go_fd, 1) != b"g":
            os._exit(70)  # the host gave up on this run before it started
        os.close(go_fd)
        # A session of its own: kill(0, ...) must not reach the zygote's group.
        os.setsid()
        isolate.die_with_parent()
        inherited = isolate.data_segment_bytes()
        isolate.enter_namespaces(message["scratch_bytes"])
        with os.fdopen(job_fd, "rb") as fh:
            job = json.loads(fh.read())
        os.dup2(out_fd, 1)
        os.dup2(err_fd, 2)
        os.closerange(3, report_fd)
        os.closerange(report_fd + 1, 1024)
        os.chdir("/tmp")
        # As pid 1 of its namespace, this process would ignore SIGXCPU's default
        # action; make the soft CPU limit end the run (the hard limit's SIGKILL backs it).
        signal.signal(signal.SIGXCPU, lambda *_: os._exit(128 + signal.SIGXCPU))
        isolate.apply_limits(job["limits"], inherited)
        isolate.drop_privileges()
        if SECCOMP_PROGRAM is not None:
            seccomp.install(SECCOMP_PROGRAM)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.write(err_fd, f"drill zygote child failed: {exc!r}\n".encode())
        os._exit(71)
    run.run_job(job, report_fd)


def resident_kb() -> int:
    """The zygote's own resident memory, which every child shares rather than owns."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def serve(control: socket.socket) -> None:
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    runs: dict[int, str] = {}
    selector = selectors.DefaultSelector()
    selector.register(control, selectors.EVENT_READ)
    selector.register(wake_r, selectors.EVENT_READ)

    def send(message: dict[str, Any]) -> None:
        control.send(json.dumps(message).encode())

    send({"event": "ready", "pid": os.getpid()})
    while True:
        for key, _ in selector.select():
            if key.fileobj is control:
                data, fds, _, _ = socket.recv_fds(control, 65536, FDS_PER_RUN)
                if not data:
                    return  # the host went away
                message = json.loads(data)
                if len(fds) != FDS_PER_RUN:
                    for fd in fds:
                        os.close(fd)
                    continue
                sys.stdout.flush()
                sys.stderr.flush()
                started = time.perf_counter()
                pid = isolate.clone_into_namespaces()
                if pid == 0:
                    signal.set_wakeup_fd(-1)
                    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                    selector.close()
                    control.close()
                    os.close(wake_r)
                    os.close(wake_w)
                    child(fds, message)
                for fd in fds:
                    os.close(fd)
                runs[pid] = message["id"]
                send({"event": "forked", "id": message["id"], "pid": pid,
                      "fork_ms": (time.perf_counter() - started) * 1000,
                      "rss_kb": resident_kb()})
            else:
                os.read(wake_r, 4096)
        while runs:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            send({
                "event": "exited",
                "id": runs.pop(pid, None),
                "exit_code": os.waitstatus_to_exitcode(status),
                "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000,
                "maxrss_kb": usage.ru_maxrss,
            })


def main() -> None:
    control = socket.socket(fileno=int(sys.argv[1]))
    serve(control)


if __name__ == "__main__":
    main()
