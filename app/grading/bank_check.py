"""Prove every exercise's tests: the reference passes, the starter and every mutant fail.

This is what makes hidden tests trustworthy: a mutant is a plausible wrong answer,
and a suite that accepts one would accept that mistake from a candidate too.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from app.bank import Exercise
from app.grading.grader import grade
from app.grading.result import GradeResult, Mode, Verdict
from app.settings import Settings


def _cases(exercise: Exercise) -> list[tuple[str, str, bool]]:
    """(label, code, should_be_accepted) for everything to grade."""
    cases = [(f"{exercise.id}: reference", exercise.reference_code, True)]
    cases.append((f"{exercise.id}: starter", exercise.starter_code, False))
    cases += [
        (f"{exercise.id}: mutant {name}", code, False) for name, code in exercise.mutants.items()
    ]
    return cases


def check_bank(
    bank: dict[str, Exercise],
    settings: Settings,
    progress: Callable[[str, GradeResult, bool], None] | None = None,
) -> list[str]:
    """Grade every case of every exercise; return one line per offender."""
    jobs = [(ex, case) for ex in bank.values() for case in _cases(ex)]

    def run(job: tuple[Exercise, tuple[str, str, bool]]) -> str | None:
        exercise, (label, code, should_pass) = job
        result = grade(exercise, code, Mode.submit, settings)
        accepted = result.verdict == Verdict.accepted
        ok = accepted == should_pass and result.verdict != Verdict.internal_error
        if progress is not None:
            progress(label, result, ok)
        if ok:
            return None
        if should_pass:
            failing = [f"{t.name}: {t.message}" for t in result.tests if t.status != "passed"]
            detail = "; ".join(failing[:3]) or result.message
            return f"{label} must be accepted but got {result.verdict.value}: {detail}"
        if result.verdict == Verdict.internal_error:
            return f"{label}: internal error: {result.message}"
        return f"{label} must be rejected but the tests accept it"

    with ThreadPoolExecutor(max_workers=settings.workers) as pool:
        return [problem for problem in pool.map(run, jobs) if problem]
