"""Which device this worker grades on, and which kind of warm pool serves it.

A CPU worker forks runs from a zygote (sandbox.warm). A GPU worker cannot: CUDA does
not survive a fork, so it keeps pre-started interpreters that already own a CUDA
context (sandbox.prestarted). The choice is made once, when the pool starts.
"""

from pathlib import Path
from typing import Literal

from sandbox.limits import Limits
from sandbox.prestarted import PrestartedPool
from sandbox.warm import WarmPool

Device = Literal["cpu", "cuda"]


def detect_device(dev: Path = Path("/dev")) -> Device:
    """"cuda" when the NVIDIA driver's device nodes are present, else "cpu".

    Looking at /dev rather than calling torch.cuda keeps the server process free of a
    CUDA context (and of torch altogether)."""
    has_gpu = (dev / "nvidiactl").exists() and any(dev.glob("nvidia[0-9]*"))
    return "cuda" if has_gpu else "cpu"


def pool_for(
    device: Device, workers: int, threads: int = 1, limits: Limits | None = None
) -> WarmPool | PrestartedPool:
    """`limits` are the server's defaults: a pre-started sandbox's scratch size is fixed
    when it starts (a forked run mounts its own per run)."""
    if device == "cuda":
        return PrestartedPool(size=workers, device="cuda", limits=limits, threads=threads)
    return WarmPool(threads=threads)
