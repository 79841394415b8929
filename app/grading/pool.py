"""The process-wide warm pool that grading uses when it is enabled (DRILL_WARM_POOL).

One per server process, chosen by device: on CPU a zygote forks every run; on a GPU
worker, pre-started interpreters own a CUDA context. Whoever starts the pool (the
server's lifespan, `drill exercises check`, the test session) stops it; others just
use it.
"""

import threading

from app.settings import Settings
from sandbox import Limits, PrestartedPool, WarmPool
from sandbox.device import detect_device, pool_for

Pool = WarmPool | PrestartedPool
_pool: Pool | None = None
_lock = threading.Lock()


def current_pool() -> Pool | None:
    return _pool


def start_pool(settings: Settings, wait: bool = False) -> Pool | None:
    """Start the shared pool unless disabled or already running; return it if this call
    started it (the caller then owns its shutdown), else None."""
    global _pool
    if not settings.warm_pool:
        return None
    with _lock:
        if _pool is not None:
            return None
        device = detect_device() if settings.device == "auto" else settings.device
        defaults = Limits(scratch_mb=settings.scratch_mb)
        _pool = pool_for(device, settings.workers, settings.threads_per_run, defaults)
        _pool.start()
        started = _pool
    if wait:
        started.wait_ready()
    return started


def stop_pool(pool: Pool | None) -> None:
    global _pool
    if pool is None:
        return
    with _lock:
        if _pool is pool:
            _pool = None
    pool.stop()
