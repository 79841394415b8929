"""A grading result as text for a terminal (`drill grade`)."""

from app.grading.result import BenchmarkResult, GradeResult, TestStatus

MARKS = {
    TestStatus.passed: "PASS",
    TestStatus.failed: "FAIL",
    TestStatus.error: "ERROR",
    TestStatus.timeout: "TIMEOUT",
    TestStatus.skipped: "SKIP",
}


def render_report(result: GradeResult) -> str:
    lines = [f"verdict: {result.verdict.value}"]
    if result.message:
        lines.append(f"  {result.message}".replace("\n", "\n  "))
    lines.append("")
    width = max((len(t.name) for t in result.tests), default=10)
    for test in result.tests:
        scope = "hidden" if test.hidden else "public"
        lines.append(
            f"  {MARKS[test.status]:<7} {test.name:<{width}}  {scope}  {test.duration_ms:8.1f} ms"
        )
        if test.message and test.status != TestStatus.skipped:
            lines.extend(f"          {line}" for line in test.message.splitlines())
    passed = sum(t.status == TestStatus.passed for t in result.tests)
    lines.append(f"\n{passed}/{len(result.tests)} tests passed")
    lines.extend(_benchmark_table(result.benchmarks))
    timings = result.timings
    parts = [
        f"{name} {value:g} {unit}"
        for name, value, unit in (
            ("run", timings.run_ms, "ms"),
            ("cpu", timings.cpu_ms, "ms"),
            ("peak memory", timings.peak_memory_mb, "MB"),
        )
        if value is not None
    ]
    if parts:
        lines.append("timings: " + ", ".join(parts))
    for name, text in (("stdout", result.stdout), ("stderr", result.stderr)):
        if text.strip():
            lines.append(f"--- {name} ---\n{text.rstrip()}")
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f} ms" if value < 10 else f"{value:.1f} ms"


def _benchmark_table(benchmarks: list[BenchmarkResult]) -> list[str]:
    if not benchmarks:
        return []
    lines = [f"\nbenchmarks on {benchmarks[0].device}:"]
    rows = [("", "submission", "reference", "ratio", "bound", "result")]
    for b in benchmarks:
        ratio = "-" if b.ratio is None else f"{b.ratio:.2f}x"
        if b.status == "stopped" and b.ratio is not None:
            ratio = ">" + ratio
        rows.append(
            (b.name, _ms(b.user_ms), _ms(b.reference_ms), ratio, f"<= {b.max_ratio:g}x",
             b.status.value.upper())
        )  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells += [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  " + "  ".join(cells).rstrip())
    lines.extend(f"  {b.name}: {b.message}" for b in benchmarks if not b.passed)
    return lines
