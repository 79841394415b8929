"""Wall time of one `submit` through the REST API, end to end.

Starts `drill serve` on a free port with a fresh data directory, submits an
exercise's reference solution with `?wait=30` several times, and prints the first
(cold: the reference's expected values are computed then) and the median of the
rest (warm), with a trivial `run` of a no-import exercise as the baseline measured
in the same run.

    .venv/bin/python benchmarks/submit_latency.py [--exercise pairwise_distances] [--runs 5]
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timed_submit(client: httpx.Client, exercise: str, code: str, mode: str) -> tuple[float, dict]:
    started = time.perf_counter()
    response = client.post(
        "/api/v1/submissions",
        params={"wait": 30},
        json={"exercise_id": exercise, "code": code, "mode": mode},
    )
    elapsed = (time.perf_counter() - started) * 1000
    response.raise_for_status()
    return elapsed, response.json()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercise", default="pairwise_distances")
    parser.add_argument("--baseline", default="group_and_average")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="drill-bench-")
    env = {**os.environ, "DRILL_DATA_DIR": data_dir}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "drill"), "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for _ in range(200):
                try:
                    if client.get("/api/v1/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            results = {}
            for name in (args.exercise, args.baseline):
                code = (ROOT / "exercises" / name / "reference.py").read_text()
                cold, first = timed_submit(client, name, code, "submit")
                warm = []
                for _ in range(args.runs):
                    elapsed, body = timed_submit(client, name, code, "submit")
                    assert body["verdict"] == "accepted", body
                    warm.append((elapsed, body["timings"]))
                results[name] = (cold, first["verdict"], warm)
    finally:
        server.terminate()
        server.wait(timeout=30)

    print(
        f"submit of the reference solution through POST /api/v1/submissions?wait=30, "
        f"{args.runs} warm runs each"
    )
    for name, (cold, verdict, warm) in results.items():
        walls = [w for w, _ in warm]
        sandbox = [t["run_ms"] for _, t in warm]
        print(
            f"  {name:<22} cold {cold:7.0f} ms ({verdict})   "
            f"warm median {statistics.median(walls):7.0f} ms"
            f"  (min {min(walls):.0f}, max {max(walls):.0f}; sandbox run median "
            f"{statistics.median(sandbox):.0f} ms)"
        )
    base = statistics.median(w for w, _ in results[args.baseline][2])
    main_ = statistics.median(w for w, _ in results[args.exercise][2])
    print(f"  ratio {args.exercise} / {args.baseline}: {main_ / base:.2f}x")


if __name__ == "__main__":
    main()
