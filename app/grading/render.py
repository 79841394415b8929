"""A grading result as text for a terminal (`drill grade`)."""

from app.grading.result import GradeResult, TestStatus

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
