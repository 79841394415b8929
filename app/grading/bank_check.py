"""Prove every exercise's tests: the reference passes, the starter and every mutant fail.

This is what makes hidden tests trustworthy: a mutant is a plausible wrong answer,
and a suite that accepts one would accept that mistake from a candidate too. The
other way round, an alternative is a correct solution written unlike the reference
(`torch.cdist` instead of the expansion trick): a suite that rejects one tests style,
not behaviour.
"""

import re
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from app.bank import Exercise
from app.grading.grader import grade
from app.grading.result import GradeResult, Mode, Verdict
from app.settings import Settings

ACCEPTED, REJECTED, TOO_SLOW = "accepted", "rejected", "too_slow"


def grading_cases(exercise: Exercise) -> list[tuple[str, str, str]]:
    """(label, code, expected outcome) for everything to grade."""
    cases = [(f"{exercise.id}: reference", exercise.reference_code, ACCEPTED)]
    cases.append((f"{exercise.id}: starter", exercise.starter_code, REJECTED))
    cases += [
        (f"{exercise.id}: mutant {name}", code, REJECTED) for name, code in exercise.mutants.items()
    ]
    cases += [
        (f"{exercise.id}: alternative {name}", code, ACCEPTED)
        for name, code in exercise.alternatives.items()
    ]
    if exercise.baseline_code is not None:
        # The naive baseline is correct; the benchmark exists to tell it apart.
        cases.append((f"{exercise.id}: baseline", exercise.baseline_code, TOO_SLOW))
    return cases


def _as_expected(result: GradeResult, expected: str) -> bool:
    if result.verdict == Verdict.internal_error:
        return False
    if expected == TOO_SLOW:
        return result.verdict == Verdict.too_slow
    return (result.verdict == Verdict.accepted) == (expected == ACCEPTED)


MIN_MUTANTS = 3
MIN_HINTS = 2
MAX_PUBLIC_TESTS = 3
TOLERANCE_HEADING = re.compile(r"^## Tolerance\b", re.MULTILINE)
FOLLOW_UP_HEADING = re.compile(r"^## .*(follow-up|interviewer)", re.MULTILINE | re.IGNORECASE)


def completeness_problems(exercise: Exercise) -> list[str]:
    """What every exercise in the bank must have beyond a valid format."""
    found = []
    if len(exercise.mutants) < MIN_MUTANTS:
        found.append(f"has {len(exercise.mutants)} mutant(s); at least {MIN_MUTANTS} are needed")
    if not 1 <= len(exercise.public_tests) <= MAX_PUBLIC_TESTS:
        found.append(f"has {len(exercise.public_tests)} public tests; 1 to {MAX_PUBLIC_TESTS}")
    if len(exercise.meta.hints) < MIN_HINTS:
        found.append(
            f"has {len(exercise.meta.hints)} hint(s); at least {MIN_HINTS}, each giving more away"
        )
    if "```" not in exercise.prompt_markdown:
        found.append("prompt.md has no worked example (a fenced code block)")
    if not TOLERANCE_HEADING.search(exercise.prompt_markdown):
        found.append(
            "prompt.md has no '## Tolerance' section (how results are compared: exactly, "
            "or the rtol/atol per dtype)"
        )
    if len(exercise.notes_markdown.strip()) < 40:
        found.append("notes.md is too short to teach anything")
    if not FOLLOW_UP_HEADING.search(exercise.notes_markdown):
        found.append(
            "notes.md has no section of follow-up questions (a '## ' heading that says "
            "'follow-up' or 'interviewer')"
        )
    return [f"{exercise.id}: {problem}" for problem in found]


def summarize(bank: dict[str, Exercise], problems: list[str]) -> str:
    """Counts for the check's last lines: by difficulty, kind and topic; mutants, alternatives."""
    def counts(values: list[str]) -> str:
        return ", ".join(f"{name} {n}" for name, n in Counter(values).most_common())

    mutants = sum(len(e.mutants) for e in bank.values())
    missed = sum(": mutant " in p for p in problems)
    alternatives = sum(len(e.alternatives) for e in bank.values())
    refused = sum(": alternative " in p for p in problems)
    timed = [e for e in bank.values() if e.meta.benchmark is not None]
    cases = sum(len(e.meta.benchmark.cases) for e in timed if e.meta.benchmark)
    return "\n".join([
        f"exercises: {len(bank)} ({counts([e.meta.difficulty.value for e in bank.values()])})",
        f"kinds: {counts([e.meta.kind.value for e in bank.values()])}",
        f"topics: {counts([t for e in bank.values() for t in e.meta.tags])}",
        f"mutants rejected: {mutants - missed}/{mutants}",
        f"alternative solutions accepted: {alternatives - refused}/{alternatives}",
        f"benchmarks: {len(timed)} exercises, {cases} cases",
    ])  # fmt: skip


def check_bank(
    bank: dict[str, Exercise],
    settings: Settings,
    progress: Callable[[str, GradeResult, bool], None] | None = None,
) -> list[str]:
    """Grade every case of every exercise; return one line per offender."""
    jobs = [(ex, case) for ex in bank.values() for case in grading_cases(ex)]

    def run(job: tuple[Exercise, tuple[str, str, str]]) -> str | None:
        exercise, (label, code, expected) = job
        result = grade(exercise, code, Mode.submit, settings)
        ok = _as_expected(result, expected)
        if progress is not None:
            progress(label, result, ok)
        if ok:
            return None
        if expected == TOO_SLOW:
            return (
                f"{label} must pass the tests and miss the benchmark's bound (too_slow) "
                f"but got {result.verdict.value}: {result.message}"
            )
        if expected == ACCEPTED:
            failing = [f"{t.name}: {t.message}" for t in result.tests if t.status != "passed"]
            detail = "; ".join(failing[:3]) or result.message
            return f"{label} must be accepted but got {result.verdict.value}: {detail}"
        if result.verdict == Verdict.internal_error:
            return f"{label}: internal error: {result.message}"
        return f"{label} must be rejected but the tests accept it"

    incomplete = [p for exercise in bank.values() for p in completeness_problems(exercise)]
    with ThreadPoolExecutor(max_workers=settings.workers) as pool:
        return incomplete + [problem for problem in pool.map(run, jobs) if problem]
