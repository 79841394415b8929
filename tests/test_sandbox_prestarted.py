"""Pre-started single-use sandboxes (the GPU workers' warm path), exercised on CPU.

No GPU here: the pool runs with device "cpu", which skips only `torch.cuda.init()`
and the NVIDIA device nodes. The device choice is tested against a fake /dev.
"""

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.grading.pool import start_pool, stop_pool
from app.settings import Settings
from sandbox import Limits, PrestartedPool, RunOutcome, RunRequest, TestFile, WarmPool
from sandbox import run_in_sandbox as run_sandboxed
from sandbox.bwrap import build_command, build_prestarted_command
from sandbox.device import detect_device, pool_for

LIMITS = Limits(wall_time_s=10, cpu_time_s=2, memory_mb=256, max_processes=32, scratch_mb=8)


@pytest.fixture(scope="module")
def pool() -> Iterator[PrestartedPool]:
    started = PrestartedPool(size=2, device="cpu", limits=LIMITS)
    started.start()
    yield started
    started.stop()


def run(pool: PrestartedPool, body: str, limits: Limits = LIMITS) -> RunOutcome:
    assert pool.wait_ready(120)
    code = "import os, sys, socket, time\n\ndef probe():\n" + "".join(
        f"    {line}\n" for line in body.splitlines()
    )
    test = TestFile("tests_public", "def test_probe(probe):\n    return probe()\n", False)
    outcome = run_sandboxed(RunRequest(code=code, test_files=[test], seed=1, limits=limits), pool)
    assert outcome.warm
    return outcome


def result(outcome: RunOutcome) -> dict:
    (event,) = [e for e in outcome.events if e["event"] == "result"]
    return event


def test_a_prestarted_run_is_isolated_like_a_cold_one(pool: PrestartedPool) -> None:
    outcome = run(
        pool,
        "try:\n    socket.create_connection(('127.0.0.1', 6379), timeout=1)\n    net = 'open'\n"
        "except OSError:\n    net = 'closed'\n"
        "import torch\n"
        "return [os.getuid(), net, os.path.exists('/box'), 'torch' in sys.modules]",
    )
    assert result(outcome)["value"] == {"__list__": [65534, "closed", False, True]}


def test_the_import_is_not_charged_to_the_run(pool: PrestartedPool) -> None:
    outcome = run(pool, "return 1")
    assert outcome.cpu_ms < 1000  # importing torch took seconds before the run began
    assert outcome.peak_memory_mb < 150


def test_limits_apply_on_top_of_what_the_import_used(pool: PrestartedPool) -> None:
    spin = run(pool, "while True:\n    pass")
    assert spin.cpu_timeout
    memory = result(run(pool, "return bytearray(512 * 1024 * 1024)"))
    assert memory["outcome"] == "raised" and memory["exception"]["memory"]
    fine = result(run(pool, "return len(bytearray(64 * 1024 * 1024))"))
    assert fine["value"] == 64 * 1024 * 1024


def test_each_sandbox_serves_one_run_only(pool: PrestartedPool) -> None:
    first = run(pool, "open('/tmp/mark', 'w').write('x')\nreturn 'mark' in os.listdir('/tmp')")
    second = run(pool, "return 'mark' in os.listdir('/tmp')")
    assert (result(first)["value"], result(second)["value"]) == (True, False)


def test_a_run_with_its_own_scratch_size_gets_a_sandbox_of_that_size(
    pool: PrestartedPool,
) -> None:
    statvfs = "st = os.statvfs('/tmp')\nreturn st.f_blocks * st.f_frsize // (1024 * 1024)"
    assert result(run(pool, statvfs))["value"] == LIMITS.scratch_mb
    bigger = dataclasses.replace(LIMITS, scratch_mb=24)
    assert result(run(pool, statvfs, bigger))["value"] == 24


def test_device_detection_with_a_fake_gpu(tmp_path: Path) -> None:
    assert detect_device(tmp_path) == "cpu"
    (tmp_path / "nvidiactl").touch()
    assert detect_device(tmp_path) == "cpu"  # a control node alone is not a GPU
    (tmp_path / "nvidia0").touch()
    assert detect_device(tmp_path) == "cuda"


def test_a_gpu_worker_gets_prestarted_sandboxes_and_a_cpu_worker_a_zygote() -> None:
    assert isinstance(pool_for("cuda", workers=3), PrestartedPool)
    assert pool_for("cuda", workers=3).size == 3
    assert pool_for("cuda", 3, limits=Limits(scratch_mb=96)).scratch_bytes == 96 * 1024 * 1024
    assert isinstance(pool_for("cpu", workers=3), WarmPool)


def test_a_gpu_sandbox_asks_for_cuda_and_binds_the_fake_gpus_device_nodes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sandbox.bwrap.Path.glob", lambda self, pattern: iter(
        [Path("/dev/nvidia0"), Path("/dev/nvidiactl"), Path("/dev/nvidia-uvm")]
    ))  # fmt: skip
    monkeypatch.setattr("sandbox.bwrap.Path.is_dir", lambda self: False)
    command = build_prestarted_command(1 << 20, 5, None, "cuda")
    assert command[command.index("DRILL_DEVICE") - 1 :][:3] == ["--setenv", "DRILL_DEVICE", "cuda"]
    for node in ("/dev/nvidia0", "/dev/nvidiactl", "/dev/nvidia-uvm"):
        assert command[command.index(node) - 1] == "--dev-bind"
    assert "--dev-bind" not in build_prestarted_command(1 << 20, 5, None, "cpu")
    cold = build_command(1 << 20, 5, None, 1, "cuda")
    assert cold[cold.index("DRILL_DEVICE") - 1 :][:3] == ["--setenv", "DRILL_DEVICE", "cuda"]
    assert cold[cold.index("/dev/nvidia0") - 1] == "--dev-bind"
    assert "--dev-bind" not in build_command(1 << 20, 5, None, 1, "cpu")


def test_a_gpu_workers_cold_fallback_gets_the_gpu_with_a_fake_gpu(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While its pre-started sandboxes are not ready, a GPU worker's runs go cold, and
    must still land on the GPU (here a fake one: only the device handed on is checked)."""
    devices: list[str] = []

    def fake_cold(request: RunRequest, group: object, device: str = "cpu") -> RunOutcome:
        devices.append(device)
        raise RuntimeError("stop here")

    monkeypatch.setattr("sandbox.runner.run_cold", fake_cold)
    request = RunRequest(code="", test_files=[], seed=1, limits=LIMITS)
    for pool in (PrestartedPool(size=1, device="cuda"), PrestartedPool(size=1), None):
        with pytest.raises(RuntimeError, match="stop here"):
            run_sandboxed(request, pool)  # never started: not ready, so cold
    assert devices == ["cuda", "cpu", "cpu"]


def test_settings_pick_the_pool_for_the_configured_device(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("app.grading.pool._pool", None)  # set the session's pool aside
    gpu = start_pool(Settings(device="cuda", workers=1))
    try:
        assert isinstance(gpu, PrestartedPool)
        assert gpu.device == "cuda"
    finally:
        stop_pool(gpu)
    assert start_pool(Settings(warm_pool=False)) is None


def test_tests_run_on_cuda_only_on_a_gpu_worker_with_a_fake_gpu(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import torch

    from sandbox.harness import run as harness

    chosen: list[str] = []
    monkeypatch.setattr(torch, "set_default_device", chosen.append)
    monkeypatch.delenv("DRILL_DEVICE", raising=False)
    assert harness.select_device() == "cpu"
    monkeypatch.setenv("DRILL_DEVICE", "cuda")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert harness.select_device() == "cpu"  # asked for, but no GPU: stay on the CPU
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)  # the fake GPU
    assert harness.select_device() == "cuda"
    assert chosen == ["cuda"]
