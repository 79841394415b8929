"""Submit→verdict latency and throughput through the REST API, warm pool vs cold.

Starts `drill serve` (embedded mode) twice on free ports with fresh data
directories: once with the warm pool (the default) and once with
DRILL_WARM_POOL=false (a fresh sandboxed interpreter importing torch per run, the
baseline). For each it measures, with the exercise's reference solution:

- sequential: p50/p95 of POST /submissions?wait=30 (→ verdict), `run` mode by default:
  it measures the sandbox, while `submit` adds the exercise's benchmark (seconds, by
  design; `--mode submit` to include it);
- burst (warm only): N submissions from C concurrent clients, gradings per second;
- the warm pool's resident memory at rest (the zygote and its bwrap parent).

    .venv/bin/python benchmarks/latency.py [--exercise pairwise_distances] [--mode run]
        [--sequential 40] [--cold-runs 5] [--burst 200] [--clients 8]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from live_server import ROOT, drill_env, free_port

from sandbox.procfs import descendants, resident_kb

DRILL = Path(sys.executable).parent / "drill"


class Server:
    def __init__(self, warm: bool, workers: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = drill_env(
            DRILL_DATA_DIR=tempfile.mkdtemp(prefix="drill-latency-"),
            DRILL_WARM_POOL="true" if warm else "false",
            DRILL_WORKERS=str(workers),
        )
        self.process = subprocess.Popen(
            [str(DRILL), "serve", "--port", str(self.port)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)

    def pool_rss_mb(self) -> float:
        """RSS of the warm pool: the zygote and the bwrap processes above it."""
        pool_roots = [
            pid for pid in descendants(self.process.pid)[1:]
            if b"--unshare-all" in Path(f"/proc/{pid}/cmdline").read_bytes()
            and b"zygote.py" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ][:1]
        if not pool_roots:
            raise RuntimeError("no warm pool (zygote) found under the server process")
        return sum(resident_kb(pid) for root in pool_roots for pid in descendants(root)) / 1024


def submit(client: httpx.Client, body: dict[str, str]) -> float:
    started = time.perf_counter()
    response = client.post(
        "/api/v1/submissions",
        params={"wait": 30},
        json=body,
    )
    elapsed = (time.perf_counter() - started) * 1000
    body = response.json()
    if response.status_code != 200 or body["verdict"] != "accepted":
        raise RuntimeError(f"unexpected answer {response.status_code}: {body}")
    return elapsed


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def prime(server: Server, body: dict[str, str]) -> None:
    """One untimed grading: it computes the expected values, and once it is back the
    warm pool has finished importing torch and served a run."""
    with httpx.Client(base_url=server.url, timeout=60) as client:
        submit(client, body)


def sequential(server: Server, body: dict[str, str], runs: int) -> list[float]:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        return [submit(client, body) for _ in range(runs)]


def burst(server: Server, body: dict[str, str], total: int, clients: int) -> float:
    with httpx.Client(base_url=server.url, timeout=120, limits=httpx.Limits(
        max_connections=clients
    )) as client:  # fmt: skip
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(lambda _: submit(client, body), range(total)))
        return total / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercise", default="pairwise_distances")
    parser.add_argument("--sequential", type=int, default=40)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--burst", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4, help="DRILL_WORKERS (the default)")
    parser.add_argument("--mode", choices=["run", "submit"], default="run")
    args = parser.parse_args()
    code = (ROOT / "exercises" / args.exercise / "reference.py").read_text()
    body = {"exercise_id": args.exercise, "code": code, "mode": args.mode}

    warm = Server(warm=True, workers=args.workers)
    try:
        prime(warm, body)
        time.sleep(1)  # at rest: the run's sandbox has gone
        rss = warm.pool_rss_mb()
        warm_seq = sequential(warm, body, args.sequential)
        rate = burst(warm, body, args.burst, args.clients)
    finally:
        warm.stop()
    cold = Server(warm=False, workers=args.workers)
    try:
        prime(cold, body)
        cold_seq = sequential(cold, body, args.cold_runs)
    finally:
        cold.stop()

    print(f"exercise {args.exercise}, embedded mode, {os.cpu_count()} cores, "
          f"DRILL_WORKERS={args.workers}; {args.mode} -> verdict through POST /submissions?wait=30")
    print(f"{'':<34}{'p50 ms':>10}{'p95 ms':>10}{'runs':>8}")
    print(f"{'warm pool, sequential':<34}{statistics.median(warm_seq):>10.0f}"
          f"{percentile(warm_seq, 95):>10.0f}{len(warm_seq):>8}")
    print(f"{'cold sandbox per run, sequential':<34}{statistics.median(cold_seq):>10.0f}"
          f"{percentile(cold_seq, 95):>10.0f}{len(cold_seq):>8}")
    speedup = statistics.median(cold_seq) / statistics.median(warm_seq)
    print(f"speed-up (cold p50 / warm p50): {speedup:.1f}x")
    print(f"burst: {args.burst} submissions from {args.clients} clients: {rate:.1f} gradings/s")
    print(f"warm pool resident memory at rest: {rss:.0f} MB")


if __name__ == "__main__":
    main()
