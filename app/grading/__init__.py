"""The trusted side of grading: expected values, comparison and verdicts."""

from app.grading.bank_check import check_bank
from app.grading.grader import grade
from app.grading.render import render_report
from app.grading.result import (
    BenchmarkResult,
    GradeResult,
    Mode,
    TestResult,
    TestStatus,
    Timings,
    Verdict,
)

__all__ = [
    "BenchmarkResult",
    "GradeResult",
    "Mode",
    "TestResult",
    "TestStatus",
    "Timings",
    "Verdict",
    "check_bank",
    "grade",
    "render_report",
]
