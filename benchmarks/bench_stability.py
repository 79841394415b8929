"""How stable are benchmark verdicts? The same solution, submitted again and again.

Starts `drill serve` (one grading worker, so submissions do not compete with each
other), submits each benchmarked exercise's reference solution `--runs` times through
the REST API, and prints per benchmark case the median of the reported ratios
(submission / reference, both timed in the same sandbox run) and their coefficient
of variation across the runs. Target on a quiet machine: CV <= 5% everywhere.

    .venv/bin/python benchmarks/bench_stability.py [--runs 10] [--exercise ID ...]
"""

import argparse
import statistics
import sys

from live_server import ROOT, live_server, submit

from app.bank import load_bank

TARGET_CV = 0.05


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--exercise", nargs="*", help="only these (default: all benchmarked)")
    args = parser.parse_args()

    bank = load_bank(ROOT / "exercises")
    chosen = [e for e in bank.values() if e.has_benchmarks]
    if args.exercise:
        chosen = [e for e in chosen if e.id in args.exercise]
    rows, worst = [], 0.0
    with live_server(DRILL_WORKERS="1") as client:
        for exercise in chosen:
            submit(client, exercise.id, exercise.reference_code, "submit")  # expectations
            ratios: dict[str, list[float]] = {}
            times: dict[str, list[tuple[float, float]]] = {}
            verdicts = []
            for _ in range(args.runs):
                _, body = submit(client, exercise.id, exercise.reference_code, "submit")
                verdicts.append(body["verdict"])
                for bench in body["benchmarks"]:
                    if bench["ratio"] is not None:
                        ratios.setdefault(bench["name"], []).append(bench["ratio"])
                        times.setdefault(bench["name"], []).append(
                            (bench["user_ms"], bench["reference_ms"])
                        )
            accepted = verdicts.count("accepted")
            for name, values in ratios.items():
                cv = statistics.pstdev(values) / statistics.mean(values)
                worst = max(worst, cv)
                user = statistics.median(u for u, _ in times[name])
                reference = statistics.median(r for _, r in times[name])
                rows.append((exercise.id, name, statistics.median(values), cv, user, reference,
                             len(values), accepted))  # fmt: skip
            print(f"  measured {exercise.id}", file=sys.stderr, flush=True)

    print(f"the reference solution submitted {args.runs} times per exercise (one worker)")
    print(f"{'exercise':<26} {'case':<20} {'median ratio':>12} {'CV':>7} "
          f"{'user ms':>9} {'ref ms':>9} {'runs':>5} {'accepted':>8}")  # fmt: skip
    for exercise_id, name, ratio, cv, user, reference, runs, accepted in rows:
        print(f"{exercise_id:<26} {name:<20} {ratio:>11.3f}x {cv:>6.1%} "
              f"{user:>9.2f} {reference:>9.2f} {runs:>5} {accepted:>8}")  # fmt: skip
    verdict = "met" if worst <= TARGET_CV else "MISSED"
    print(f"worst CV {worst:.1%}: target {TARGET_CV:.0%} {verdict}")
    return 0 if worst <= TARGET_CV else 1


if __name__ == "__main__":
    sys.exit(main())
