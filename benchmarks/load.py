"""Submit→verdict latency and throughput under load: embedded pool vs Celery workers.

Loopback only, bounded in count (`--submissions`) and time (each waits at most 30 s
and a setup fails rather than hangs). For each setup it starts the services on
free ports with a fresh data directory (a private redis-server for Celery), sends
`--submissions` submissions from `--clients` concurrent clients with `?wait=30`, and
prints one table: p50/p95 submit→verdict and gradings per second.

    .venv/bin/python benchmarks/load.py [--submissions 100] [--clients 8]
        [--exercise group_and_average] [--mode run] [--concurrency 2]
"""

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import redis
from live_server import ROOT, free_port, live_server, submit

DRILL = str(Path(sys.executable).parent / "drill")


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    port = free_port()
    directory = tempfile.mkdtemp(prefix="drill-load-redis-")
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "yes", "--maxmemory-policy", "noeviction", "--dir", directory],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(100):
            with contextlib.suppress(redis.RedisError):
                if redis.Redis(port=port).ping():
                    break
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.kill()
        process.wait()
        shutil.rmtree(directory, ignore_errors=True)


@contextlib.contextmanager
def workers(count: int, env: dict[str, str], concurrency: int) -> Iterator[None]:
    started = [
        subprocess.Popen(
            [DRILL, "worker", "--queues", "cpu", "--concurrency", str(concurrency)],
            env={**os.environ, **env},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(count)
    ]
    try:
        yield
    finally:
        for process in started:
            process.terminate()
        for process in started:
            process.wait(timeout=60)


def wait_for_workers(client: httpx.Client, count: int) -> None:
    for _ in range(600):
        if len(client.get("/api/v1/health").json()["queue"]["live_workers"]) >= count:
            return
        time.sleep(0.1)
    raise RuntimeError(f"{count} worker(s) did not come up")


def load(client: httpx.Client, args: argparse.Namespace) -> tuple[list[float], float]:
    code = (ROOT / "exercises" / args.exercise / "reference.py").read_text()
    submit(client, args.exercise, code, args.mode)  # warms the expected values; not timed
    time.sleep(3)  # warm pools finish starting

    def one(_: int) -> float:
        elapsed, body = submit(client, args.exercise, code, args.mode)
        if body["status"] != "done":
            raise RuntimeError(f"not finished within 30 s: {body['id']}")
        return elapsed

    started = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        latencies = list(pool.map(one, range(args.submissions)))
    return latencies, args.submissions / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=100)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--exercise", default="group_and_average")
    parser.add_argument("--mode", choices=["run", "submit"], default="run")
    parser.add_argument("--concurrency", type=int, default=2, help="gradings per pool/worker")
    args = parser.parse_args()

    rows = []
    base = {"DRILL_WORKERS": str(args.concurrency)}
    with live_server(**base) as client:
        rows.append(("embedded pool", *load(client, args)))
    for count in (1, 2):
        with redis_server() as url:
            env = {**base, "DRILL_REDIS_URL": url, "DRILL_DATA_DIR": tempfile.mkdtemp()}
            with live_server(**env) as client, workers(count, env, args.concurrency):
                wait_for_workers(client, count)
                rows.append((f"celery, {count} worker(s)", *load(client, args)))

    print(f"{args.submissions} x {args.mode} {args.exercise} from {args.clients} clients, "
          f"{os.cpu_count()} cores, {args.concurrency} gradings per pool or worker; "
          "POST /submissions?wait=30 until the verdict")  # fmt: skip
    print(f"{'setup':<22}{'p50 ms':>10}{'p95 ms':>10}{'gradings/s':>12}")
    for name, latencies, rate in rows:
        ordered = sorted(latencies)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        print(f"{name:<22}{statistics.median(latencies):>10.0f}{p95:>10.0f}{rate:>12.1f}")


if __name__ == "__main__":
    main()
