"""What the warm pool adds: forked runs isolated from their siblings and from the zygote.

The isolation and limit tests shared with the cold path are in test_sandbox_runner.py
(parametrized over both); these cover what only a forking pool could get wrong.
"""

import contextlib
import os
import signal
import threading
from pathlib import Path

import pytest
from support import wait_until

from sandbox import Limits, RunOutcome, RunRequest, TestFile, WarmPool, run_in_sandbox
from sandbox.procfs import descendants, ns_pids

LIMITS = Limits(wall_time_s=10, cpu_time_s=5, memory_mb=512, max_processes=32, scratch_mb=8)


def warm_run(pool: WarmPool | None, body: str, tests: str | None = None) -> RunOutcome:
    code = "import os, sys, time, ctypes, gc\n\ndef probe():\n" + "".join(
        f"    {line}\n" for line in body.splitlines()
    )
    test = TestFile("tests_public", tests or "def test_probe(probe):\n    return probe()\n", False)
    return run_in_sandbox(RunRequest(code=code, test_files=[test], seed=1, limits=LIMITS), pool)


def value(outcome: RunOutcome) -> object:
    (result,) = [e for e in outcome.events if e["event"] == "result"]
    assert result["outcome"] == "returned", (result, outcome.stderr)
    return result["value"]


def items(outcome: RunOutcome) -> list:
    return value(outcome)["__list__"]


def test_the_python_environment_stays_importable_and_read_only(warm_pool: WarmPool) -> None:
    outcome = warm_run(
        warm_pool,
        "import numpy.testing, json.tool\n"  # first imported here, not in the zygote
        "try:\n    open(os.path.join(sys.prefix, 'planted'), 'w')\n    return 'writable'\n"
        "except OSError:\n    return 'read-only'",
    )
    assert value(outcome) == "read-only"


def test_a_run_is_pid_1_of_its_own_namespace_with_an_empty_proc(warm_pool: WarmPool) -> None:
    outcome = warm_run(warm_pool, "return [os.getpid(), os.getppid(), os.listdir('/proc')]")
    assert outcome.warm
    pid, ppid, proc = items(outcome)
    assert (pid, ppid) == (1, 0)
    assert proc == {"__list__": []}


def test_a_run_cannot_make_namespaces_of_its_own(warm_pool: WarmPool) -> None:
    outcome = warm_run(
        warm_pool,
        "libc = ctypes.CDLL(None, use_errno=True)\n"
        "unshared = libc.unshare(0x10000000)\n"  # CLONE_NEWUSER
        "unshare_errno = ctypes.get_errno()\n"
        "cloned = libc.syscall(56, 0x10000000 | 17, 0, 0, 0, 0)\n"  # clone(NEWUSER|SIGCHLD)
        "if cloned == 0:\n"
        "    os._exit(0)\n"
        "return [unshared, unshare_errno, cloned, ctypes.get_errno()]",
    )
    assert items(outcome) == [-1, 1, -1, 1]  # EPERM, EPERM


def zygote_host_pid(pool: WarmPool) -> int:
    """The host pid of the zygote's interpreter (below its two bwrap processes)."""
    assert pool.wait_ready()
    zygote = pool._zygote
    assert zygote is not None and zygote.zygote_ns_pid is not None
    (pid,) = [
        p for p in descendants(zygote.process.pid) if ns_pids(p)[-1:] == [zygote.zygote_ns_pid]
    ]
    assert b"zygote.py" in Path(f"/proc/{pid}/cmdline").read_bytes()
    return pid


def writer_has_written(pool: WarmPool) -> bool:
    """Seen from the host: a run of the pool has both its files in its own scratch."""
    for pid in descendants(zygote_host_pid(pool))[1:]:
        root = Path(f"/proc/{pid}/root")
        with contextlib.suppress(OSError):
            if (root / "tmp/from-writer").exists() and (root / "dev/shm/from-writer").exists():
                return True
    return False


def test_concurrent_runs_cannot_see_each_others_files_or_processes(warm_pool: WarmPool) -> None:
    results: dict[str, RunOutcome] = {}

    def writer() -> None:
        results["writer"] = warm_run(
            warm_pool,
            "open('/tmp/from-writer', 'w').write('x')\n"
            "open('/dev/shm/from-writer', 'w').write('x')\n"
            "time.sleep(3)\nreturn 'done'",
        )

    thread = threading.Thread(target=writer)
    thread.start()
    # The writer has written both files and is sleeping: the reader runs beside it.
    wait_until(lambda: writer_has_written(warm_pool), 10, "the writer's files")
    results["reader"] = warm_run(
        warm_pool,
        "seen = [n for n in os.listdir('/tmp') + os.listdir('/dev/shm') if 'writer' in n]\n"
        "seen += os.listdir('/proc')\n"
        "try:\n    os.kill(-1, 9)\nexcept OSError:\n    pass\n"
        "return seen",
    )
    thread.join()
    assert items(results["reader"]) == []
    assert value(results["writer"]) == "done"  # kill(-1) in the reader did not reach it


def test_previous_jobs_never_reach_later_runs(warm_pool: WarmPool) -> None:
    marker = "HIDDEN-TEST-MARKER-" + os.urandom(8).hex()
    secret_tests = f"SECRET = {marker!r}\n\ndef test_probe(probe):\n    return probe()\n"
    assert warm_run(warm_pool, "return 1", secret_tests).warm
    needle = marker[:10] + "{}" + marker[10:]
    outcome = warm_run(
        warm_pool,
        f"target = {needle!r}.format('')\n"
        "found = [o for o in gc.get_objects() if isinstance(o, str) and target in o "
        "and o is not target]\n"
        "for module in list(sys.modules.values()):\n"
        "    found += [v for v in vars(module).values() if isinstance(v, str) and target in v "
        "and v is not target]\n"
        "return len(found)",
    )
    assert value(outcome) == 0


def test_peak_memory_does_not_count_the_zygotes_pages(warm_pool: WarmPool) -> None:
    small = warm_run(warm_pool, "import torch\nreturn float(torch.ones(10).sum())")
    assert small.warm
    assert warm_pool.rss_mb() > 150  # the zygote holds torch...
    assert small.peak_memory_mb < 100  # ...which the run shares rather than owns
    big = warm_run(warm_pool, "block = bytearray(200 * 1024 * 1024)\nreturn len(block)")
    assert big.peak_memory_mb >= 200


def test_a_dead_zygote_is_replaced_and_runs_go_cold_meanwhile() -> None:
    pool = WarmPool()
    pool.start()
    try:
        assert pool.wait_ready()
        assert warm_run(pool, "return 1").warm
        zygote = pool._zygote
        assert zygote is not None
        os.killpg(zygote.process.pid, signal.SIGKILL)
        assert zygote.dead.wait(10)
        during = warm_run(pool, "return 2")
        assert (during.warm, value(during)) == (False, 2)
        assert pool.wait_ready()
        after = warm_run(pool, "return 3")
        assert (after.warm, value(after)) == (True, 3)
    finally:
        pool.stop()


@pytest.mark.parametrize(
    "hostile", ["os.kill(os.getppid(), 9)", "os.kill(0, 9)", "os.kill(-1, 9)", "os._exit(3)"]
)
def test_the_zygote_survives_whatever_a_run_does(warm_pool: WarmPool, hostile: str) -> None:
    warm_run(warm_pool, f"{hostile}\nreturn 0")
    after = warm_run(warm_pool, "return 'still here'")
    assert (after.warm, value(after)) == (True, "still here")


@pytest.mark.parametrize("threads", [1, 2])
def test_the_worker_sets_torchs_intra_op_threads(warm_pool: WarmPool, threads: int) -> None:
    code = "import torch\n\ndef probe():\n    return torch.get_num_threads()\n"
    test = TestFile("tests_public", "def test_probe(probe):\n    return probe()\n", False)
    limits = Limits(wall_time_s=10, cpu_time_s=5, memory_mb=512, threads=threads)
    request = RunRequest(code=code, test_files=[test], seed=1, limits=limits)
    for pool in (warm_pool, None):
        assert value(run_in_sandbox(request, pool)) == threads


def test_the_zygote_forks_from_one_thread_and_no_cuda(warm_pool: WarmPool) -> None:
    """What zygote.py promises: its warm-up (tiny CPU tensor operations) leaves it with a
    single thread, so no other thread's lock is held in a forked child, and it never
    initialises CUDA, which cannot survive a fork. Checked from the host on the idle
    zygote, and from inside a run on the state the run inherited."""
    assert warm_run(warm_pool, "return 1").warm  # it has forked at least once
    pid = zygote_host_pid(warm_pool)
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    assert "Threads:\t1" in status
    assert os.listdir(f"/proc/{pid}/task") == [str(pid)]
    maps = Path(f"/proc/{pid}/maps").read_text()
    assert "libcuda.so" not in maps and "libnvidia" not in maps  # the driver: loaded by init
    outcome = warm_run(
        warm_pool,
        "import torch, threading\n"
        "return [threading.active_count(), torch.cuda._initialized, torch.cuda._is_in_bad_fork()]",
    )
    assert outcome.warm
    # One Python thread; CUDA neither initialised in the run nor in the zygote before
    # the fork (torch marks a child forked from an initialised parent as a bad fork).
    assert items(outcome) == [1, False, False]
