"""JUnit XML: one <testsuite> per submission, one <testcase> per test, benchmarks as
test cases of their own (class `benchmark`) so a CI system shows a missed bound."""

from xml.etree import ElementTree as ET

from app.api.schemas import SubmissionOut
from app.grading.result import TestStatus


def to_junit(submission: SubmissionOut) -> bytes:
    tests = submission.tests
    failures = sum(t.status == TestStatus.failed for t in tests)
    failures += sum(not b.passed for b in submission.benchmarks)
    errors = sum(t.status in (TestStatus.error, TestStatus.timeout) for t in tests)
    skipped = sum(t.status == TestStatus.skipped for t in tests)
    suite = ET.Element(
        "testsuite",
        name=submission.exercise_id,
        tests=str(len(tests) + len(submission.benchmarks)),
        failures=str(failures),
        errors=str(errors),
        skipped=str(skipped),
        time=f"{(submission.timings.run_ms or 0) / 1000:.3f}",
        timestamp=submission.created_at.isoformat(),
        id=submission.id,
    )
    properties = ET.SubElement(suite, "properties")
    for name, value in (("verdict", submission.verdict or submission.status),
                        ("message", submission.message), ("mode", submission.mode)):
        ET.SubElement(properties, "property", name=name, value=str(value))  # fmt: skip
    for test in tests:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"{submission.exercise_id}.{'hidden' if test.hidden else 'public'}",
            name=test.name,
            time=f"{test.duration_ms / 1000:.6f}",
        )
        if test.status == TestStatus.failed:
            ET.SubElement(case, "failure", message=test.message[:500]).text = test.message
        elif test.status in (TestStatus.error, TestStatus.timeout):
            error = ET.SubElement(case, "error", message=test.message[:500])
            error.set("type", test.status.value)
            error.text = test.message
        elif test.status == TestStatus.skipped:
            ET.SubElement(case, "skipped", message=test.message[:500])
    for bench in submission.benchmarks:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"{submission.exercise_id}.benchmark",
            name=bench.name,
            time=f"{(bench.user_ms or 0) / 1000:.6f}",
        )
        if not bench.passed:
            ET.SubElement(case, "failure", message=bench.message[:500], type=bench.status.value)
    ET.SubElement(suite, "system-out").text = submission.stdout
    ET.SubElement(suite, "system-err").text = submission.stderr
    return ET.tostring(suite, encoding="utf-8", xml_declaration=True)
