"""The sandbox on its own: isolation and limits, with real bubblewrap runs."""

import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.settings import REPO_ROOT
from sandbox import Limits, RunOutcome, RunRequest, TestFile, WarmPool, run_in_sandbox
from sandbox.cgroup import RunCgroup

FAST = Limits(wall_time_s=10, cpu_time_s=5, memory_mb=512, max_processes=32, scratch_mb=8)


Probe = Callable[..., RunOutcome]


@pytest.fixture(params=["cold", "warm"])
def probe(request: pytest.FixtureRequest, warm_pool: WarmPool) -> Probe:
    """Runs `body` as the single test's code (the test returns `probe()`), on a fresh
    sandbox ("cold") or forked from the warm zygote ("warm"): both must hold the same."""
    pool = warm_pool if request.param == "warm" else None

    def run(body: str, limits: Limits = FAST) -> RunOutcome:
        if pool is not None and not pool.ready:  # restarting after an earlier test: wait
            assert pool.wait_ready(), "the warm zygote did not come back"
        code = "import os, socket, sys, json, time\n\ndef probe():\n" + "".join(
            f"    {line}\n" for line in body.splitlines()
        )
        test = TestFile("tests_public", "def test_probe(probe):\n    return probe()\n", False)
        request_ = RunRequest(code=code, test_files=[test], seed=1, limits=limits)
        outcome = run_in_sandbox(request_, pool)
        assert outcome.warm is (pool is not None)
        return outcome

    return run


def returned(outcome: RunOutcome) -> object:
    results = [e for e in outcome.events if e["event"] == "result"]
    assert len(results) == 1, (outcome.events, outcome.stderr)
    assert results[0]["outcome"] == "returned", results[0]
    return results[0]["value"]


def decoded_list(outcome: RunOutcome) -> list:
    value = returned(outcome)
    return [item for item in value["__list__"]]


def test_report_has_events_in_order(probe: Probe) -> None:
    outcome = probe("print('hello')\nreturn 41 + 1")
    kinds = [e["event"] for e in outcome.events]
    assert kinds == ["loaded", "imported", "start", "result", "done"]
    assert returned(outcome) == 42
    assert outcome.stdout == "hello\n"
    assert outcome.finished


def test_runs_as_an_unprivileged_user_with_a_clean_environment(
    probe: Probe,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DRILL_SECRET_TOKEN", "do-not-leak")
    outcome = probe("return [os.getuid(), os.getgid(), json.dumps(dict(os.environ))]")
    uid, gid, environ = decoded_list(outcome)
    assert (uid, gid) == (65534, 65534)
    assert "do-not-leak" not in environ
    assert "DRILL_" not in environ


@pytest.mark.parametrize("port", [6379, 5432])
def test_loopback_services_are_unreachable(probe: Probe, port: int) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        pass  # the service really is up on the host
    outcome = probe(
        f"try:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
        "    return 'connected'\nexcept OSError as exc:\n    return type(exc).__name__"
    )
    assert returned(outcome) in ("ConnectionRefusedError", "OSError", "TimeoutError")


def test_outside_network_is_unreachable(probe: Probe) -> None:
    outcome = probe(
        "try:\n    socket.create_connection(('1.1.1.1', 53), timeout=2)\n"
        "    return 'connected'\nexcept OSError as exc:\n    return exc.errno"
    )
    assert returned(outcome) != "connected"


def test_host_files_are_invisible(probe: Probe, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    targets = [
        "/etc/shadow",
        str(secret),
        str(REPO_ROOT / "README.md"),
        str(REPO_ROOT / "exercises" / "group_and_average" / "reference.py"),
        str(REPO_ROOT / "data" / "drill.db"),
        "/root/.bash_history",
    ]
    outcome = probe(
        f"found = []\nfor path in {targets!r}:\n"
        "    try:\n        open(path).read()\n        found.append(path)\n"
        "    except OSError:\n        pass\nreturn found"
    )
    assert decoded_list(outcome) == []


def test_nothing_outside_scratch_is_writable(probe: Probe) -> None:
    outcome = probe(
        "written = []\nfor path in ['/x', '/etc/x', '/opt/x', '/dev/x', '/usr/x', '/proc/x']:\n"
        "    try:\n        open(path, 'w').write('x')\n        written.append(path)\n"
        "    except OSError:\n        pass\nreturn written"
    )
    assert decoded_list(outcome) == []


def test_kernel_settings_under_proc_are_out_of_reach(probe: Probe) -> None:
    """As root, the sandbox's uid is root outside its namespace: /proc/sys must still be
    unwritable (kernel.core_pattern would be root on the host)."""
    outcome = probe(
        "opened = []\nfor path in ['/proc/sys/kernel/core_pattern', '/proc/sys/vm/drop_caches',"
        " '/proc/sysrq-trigger', '/proc/sys/kernel/printk_ratelimit_burst']:\n"
        "    try:\n        os.close(os.open(path, os.O_WRONLY))\n        opened.append(path)\n"
        "    except OSError:\n        pass\n"
        "return opened + sorted(os.listdir('/proc/sys') if os.path.isdir('/proc/sys') else [])"
    )
    assert decoded_list(outcome) == []


def test_the_environment_of_every_visible_process_is_clean(
    probe: Probe, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRILL_SECRET_TOKEN", "do-not-leak")
    outcome = probe(
        "found = []\nfor pid in [p for p in os.listdir('/proc') if p.isdigit()]:\n"
        "    try:\n        found.append(open(f'/proc/{pid}/environ', 'rb').read().decode())\n"
        "    except OSError:\n        pass\nreturn '|'.join(found)"
    )
    assert "do-not-leak" not in returned(outcome)


def test_root_holds_only_the_sandbox_view(probe: Probe) -> None:
    """Only system dirs, the sandbox's own mounts and the interpreter's top dirs are visible."""
    interpreter_tops = {Path(p).resolve().parts[1] for p in (sys.prefix, sys.base_prefix)} | {
        Path(sys.prefix).parts[1]
    }
    outcome = probe("return sorted(os.listdir('/'))")
    entries = set(decoded_list(outcome))
    system = {
        "usr",
        "lib",
        "lib64",
        "lib32",
        "bin",
        "sbin",
        "etc",
        "opt",
        "box",
        "proc",
        "dev",
        "tmp",
    }
    assert entries <= system | interpreter_tops
    assert not {"var", "srv", "mnt", "boot"} & entries


def test_root_is_read_only_and_scratch_is_capped(probe: Probe) -> None:
    outcome = probe(
        "results = []\n"
        "try:\n    open('/solution.py', 'a').write('x')\n    results.append('root writable')\n"
        "except OSError:\n    results.append('root read-only')\n"
        "open('/tmp/small', 'wb').write(b'x' * 1024)\nresults.append('scratch ok')\n"
        "try:\n    open('/tmp/big', 'wb').write(b'x' * (20 * 1024 * 1024))\n"
        "    results.append('scratch unbounded')\n"
        "except OSError:\n    results.append('scratch full')\n"
        "return results"
    )
    assert decoded_list(outcome) == ["root read-only", "scratch ok", "scratch full"]


def test_scratch_does_not_persist_between_runs(probe: Probe) -> None:
    first = probe("open('/tmp/left-behind', 'w').write('x')\nreturn 'written'")
    assert returned(first) == "written"
    second = probe("return os.path.exists('/tmp/left-behind')")
    assert returned(second) is False


def test_wall_time_limit_stops_a_sleeping_run(probe: Probe) -> None:
    outcome = probe("time.sleep(60)", Limits(wall_time_s=1.5, cpu_time_s=5, memory_mb=512))
    assert outcome.wall_timeout
    assert not outcome.finished
    assert outcome.wall_ms < 10_000


def test_cpu_time_limit_stops_a_busy_loop(probe: Probe) -> None:
    outcome = probe("while True:\n    pass", Limits(wall_time_s=10, cpu_time_s=1, memory_mb=512))
    assert outcome.cpu_timeout
    assert not outcome.wall_timeout
    assert outcome.exit_code == 128 + signal.SIGXCPU  # the soft limit, even as pid 1
    assert not outcome.finished


def test_memory_limit_ends_in_a_memory_error(probe: Probe) -> None:
    outcome = probe("return bytearray(2 * 1024 ** 3)")
    result = next(e for e in outcome.events if e["event"] == "result")
    assert result["outcome"] == "raised"
    assert result["exception"]["type"] == "MemoryError"
    assert result["exception"]["memory"] is True


def test_process_count_is_limited(probe: Probe) -> None:
    outcome = probe(
        "children = []\n"
        "try:\n"
        "    for _ in range(500):\n"
        "        pid = os.fork()\n"
        "        if pid == 0:\n"
        "            time.sleep(5)\n"
        "            os._exit(0)\n"
        "        children.append(pid)\n"
        "except OSError:\n"
        "    pass\n"
        "return len(children)"
    )
    assert returned(outcome) < FAST.max_processes


def test_output_is_capped(probe: Probe) -> None:
    outcome = probe("sys.stdout.write('x' * 10_000_000)\nreturn 1")
    assert outcome.output_exceeded
    assert len(outcome.stdout) <= FAST.max_output_bytes


def test_the_overflowing_stream_is_named(probe: Probe) -> None:
    outcome = probe("sys.stderr.write('x' * 1_000_000)\nreturn 1")
    assert outcome.output_exceeded
    assert outcome.output_exceeded_on == "stderr"
    assert probe("return 1").output_exceeded_on is None


def test_file_size_and_scratch_errors_carry_their_errno(probe: Probe) -> None:
    limits = Limits(wall_time_s=10, cpu_time_s=5, memory_mb=512, scratch_mb=2, max_file_mb=1)
    big = probe("open('/tmp/big', 'wb').write(b'x' * (1536 * 1024))", limits)
    many = probe("for n in range(3):\n    open(f'/tmp/{n}', 'wb').write(b'x' * 900_000)", limits)
    for outcome, errno, text in ((big, 27, "File too large"), (many, 28, "No space left")):
        result = next(e for e in outcome.events if e["event"] == "result")
        assert result["outcome"] == "raised"
        assert result["exception"]["errno"] == errno  # EFBIG, ENOSPC
        assert text in result["exception"]["message"]


def test_the_cgroup_tells_whether_the_process_limit_was_hit(probe: Probe) -> None:
    limits = Limits(wall_time_s=10, cpu_time_s=5, memory_mb=512, max_processes=8)
    has_cgroup = (group := RunCgroup.create(64 * 1024 * 1024, 8)) is not None
    if group is not None:
        group.destroy()
    quiet = probe("return 1", limits)
    assert quiet.process_limit_hit is (False if has_cgroup else None)
    busy = probe(
        "import threading\nstarted = 0\ntry:\n    for _ in range(100):\n"
        "        threading.Thread(target=time.sleep, args=(5,), daemon=True).start()\n"
        "        started += 1\nexcept RuntimeError:\n    pass\nreturn started",
        limits,
    )
    assert returned(busy) < 8
    assert busy.process_limit_hit is (True if has_cgroup else None)


def test_garbage_on_the_report_channel_is_detected(probe: Probe) -> None:
    outcome = probe(
        "for fd in range(3, 20):\n    try:\n        os.write(fd, b'garbage\\n')\n"
        "    except OSError:\n        pass\nreturn 1"
    )
    assert outcome.report_problem is not None
    assert "not JSON" in outcome.report_problem


def test_host_does_not_leak_file_descriptors(probe: Probe) -> None:
    probe("return 1")  # lazily started helpers (the cgroup reaper) are up from here on
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(10):
        probe("return 1")
    # A leak grows with every run; other threads may hold one or two fds for a moment.
    assert len(os.listdir("/proc/self/fd")) - before <= 2


def test_the_seccomp_filter_is_installed(probe: Probe) -> None:
    outcome = probe(
        "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
        "result = libc.ptrace(0, 0, None, None)\n"  # PTRACE_TRACEME
        "return [result, ctypes.get_errno()]"
    )
    assert decoded_list(outcome) == [-1, 1]  # EPERM
