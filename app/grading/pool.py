"""The process-wide warm pool that grading uses when it is enabled (DRILL_WARM_POOL).

One zygote per server process: it forks every run, whatever the exercise. Whoever
starts the pool (the server's lifespan, `drill exercises check`, the test session)
stops it; others just use it.
"""

import threading

from app.settings import Settings
from sandbox import WarmPool

_pool: WarmPool | None = None
_lock = threading.Lock()


def current_pool() -> WarmPool | None:
    return _pool


def start_pool(settings: Settings, wait: bool = False) -> WarmPool | None:
    """Start the shared pool unless disabled or already running; return it if this call
    started it (the caller then owns its shutdown), else None."""
    global _pool
    if not settings.warm_pool:
        return None
    with _lock:
        if _pool is not None:
            return None
        _pool = WarmPool()
        _pool.start()
        started = _pool
    if wait:
        started.wait_ready()
    return started


def stop_pool(pool: WarmPool | None) -> None:
    global _pool
    if pool is None:
        return
    with _lock:
        if _pool is pool:
            _pool = None
    pool.stop()
