"""Prove every exercise's tests: the reference passes, the starter and every mutant fail.

This is what makes hidden tests trustworthy: a mutant is a plausible wrong answer,
and a suite that accepts one would accept that mistake from a candidate too.
"""

from collections import Counter
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


MIN_MUTANTS = 3
MAX_PUBLIC_TESTS = 3


def completeness_problems(exercise: Exercise) -> list[str]:
    """What every exercise in the bank must have beyond a valid format."""
    found = []
    if len(exercise.mutants) < MIN_MUTANTS:
        found.append(f"has {len(exercise.mutants)} mutant(s); at least {MIN_MUTANTS} are needed")
    if not 1 <= len(exercise.public_tests) <= MAX_PUBLIC_TESTS:
        found.append(f"has {len(exercise.public_tests)} public tests; 1 to {MAX_PUBLIC_TESTS}")
    if not exercise.meta.hints:
        found.append("has no hints")
    if "```" not in exercise.prompt_markdown:
        found.append("prompt.md has no worked example (a fenced code block)")
    if len(exercise.notes_markdown.strip()) < 40:
        found.append("notes.md is too short to teach anything")
    return [f"{exercise.id}: {problem}" for problem in found]


def summarize(bank: dict[str, Exercise], problems: list[str]) -> str:
    """Counts for the check's last lines: by difficulty, kind and topic; mutants."""
    def counts(values: list[str]) -> str:
        return ", ".join(f"{name} {n}" for name, n in Counter(values).most_common())

    mutants = sum(len(e.mutants) for e in bank.values())
    missed = sum(": mutant " in p for p in problems)
    return "\n".join([
        f"exercises: {len(bank)} ({counts([e.meta.difficulty.value for e in bank.values()])})",
        f"kinds: {counts([e.meta.kind.value for e in bank.values()])}",
        f"topics: {counts([t for e in bank.values() for t in e.meta.tags])}",
        f"mutants rejected: {mutants - missed}/{mutants}",
    ])  # fmt: skip


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

    incomplete = [p for exercise in bank.values() for p in completeness_problems(exercise)]
    with ThreadPoolExecutor(max_workers=settings.workers) as pool:
        return incomplete + [problem for problem in pool.map(run, jobs) if problem]
