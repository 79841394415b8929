"""Wall time of one `submit` through the REST API, end to end.

Starts `drill serve` on a free port with a fresh data directory, submits an
exercise's reference solution with `?wait=30` several times, and prints the first
(cold: the reference's expected values are computed then) and the median of the
rest (warm), with a trivial `run` of a no-import exercise as the baseline measured
in the same run.

    .venv/bin/python benchmarks/submit_latency.py [--exercise pairwise_distances] [--runs 5]
"""

import argparse
import statistics

from live_server import ROOT, live_server, submit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercise", default="pairwise_distances")
    parser.add_argument("--baseline", default="group_and_average")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with live_server() as client:
        results = {}
        for name in (args.exercise, args.baseline):
            code = (ROOT / "exercises" / name / "reference.py").read_text()
            cold, first = submit(client, name, code, "submit")
            assert first["status"] == "done", f"{name} not graded within ?wait=30: {first}"
            warm = []
            for _ in range(args.runs):
                elapsed, body = submit(client, name, code, "submit")
                assert body["verdict"] == "accepted", body
                warm.append((elapsed, body["timings"]))
            results[name] = (cold, first["verdict"], warm)

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
