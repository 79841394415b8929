"""Exercism's test-runner interface, results.json version 3
(https://exercism.org/docs/building/tooling/test-runners/interface): `version`,
`status` pass/fail/error, `message`, `tests[{name, status, message, output, test_code}]`,
plus our benchmarks under `drill_benchmarks`."""

from typing import Any

from app.api.schemas import SubmissionOut
from app.bank import Exercise
from app.grading.result import TestStatus, Verdict

# Verdicts where the code never ran its tests properly: Exercism's "error".
_ERROR_VERDICTS = {
    Verdict.syntax_error,
    Verdict.internal_error,
    Verdict.time_limit_exceeded,
    Verdict.memory_limit_exceeded,
    Verdict.output_limit_exceeded,
}


def to_results(submission: SubmissionOut, exercise: Exercise | None) -> dict[str, Any]:
    verdict = submission.verdict
    if verdict == Verdict.accepted:
        status = "pass"
    elif verdict in _ERROR_VERDICTS or (verdict == Verdict.runtime_error and not submission.tests):
        status = "error"
    else:
        status = "fail"
    public_code = {t.name: t.code for t in exercise.public_tests} if exercise else {}
    tests = []
    for test in submission.tests:
        entry: dict[str, Any] = {
            "name": test.name,
            "status": "pass" if test.status == TestStatus.passed else (
                "fail" if test.status == TestStatus.failed else "error"
            ),
            "message": test.message or None,
            "output": None,
        }
        if not test.hidden:  # hidden tests never carry their code
            entry["test_code"] = public_code.get(test.name, "")
        tests.append(entry)
    return {
        "version": 3,
        "status": status,
        "message": None if status == "pass" else submission.message,
        "tests": tests,
        "drill_benchmarks": [b.model_dump(mode="json") for b in submission.benchmarks],
    }
