"""A `drill serve` on a free port with a fresh data directory, for the benchmark scripts."""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def drill_env(**env: str) -> dict[str, str]:
    """This environment without its DRILL_* settings, plus `env`: embedded defaults
    unless the caller asks otherwise, whatever the shell running the benchmark has set
    (a DRILL_REDIS_URL or DRILL_DATABASE_URL there would change what is measured)."""
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("DRILL_")}
    return {**inherited, **env}


@contextlib.contextmanager
def live_server(**env: str) -> Iterator[httpx.Client]:
    """Start the server with DRILL_* overrides in `env`; yield a client once it is healthy."""
    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="drill-bench-")
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "drill"), "serve", "--port", str(port)],
        cwd=ROOT,
        env=drill_env(DRILL_DATA_DIR=data_dir, **env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            for _ in range(600):
                with contextlib.suppress(httpx.TransportError):
                    if client.get("/api/v1/health").status_code == 200:
                        break
                time.sleep(0.1)
            yield client
    finally:
        server.terminate()
        server.wait(timeout=30)


def submit(client: httpx.Client, exercise: str, code: str, mode: str) -> tuple[float, dict]:
    """POST a submission with ?wait=30; return the wall time in ms and the result."""
    started = time.perf_counter()
    response = client.post(
        "/api/v1/submissions",
        params={"wait": 30},
        json={"exercise_id": exercise, "code": code, "mode": mode},
    )
    elapsed = (time.perf_counter() - started) * 1000
    response.raise_for_status()
    return elapsed, response.json()
