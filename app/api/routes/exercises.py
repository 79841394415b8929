"""The exercise bank as a candidate may see it (never hidden tests, reference or notes)."""

from fastapi import APIRouter, HTTPException

from app.api.deps import BankDep, SessionDep, SettingsDep
from app.api.errors import unknown_exercise
from app.api.schemas import (
    BenchmarkCaseOut,
    EffectiveLimits,
    ErrorOut,
    ExerciseDetail,
    ExerciseSummary,
    HintOut,
    PublicTest,
    SolutionOut,
    SolutionRequest,
)
from app.bank import Exercise
from app.db import repository
from app.grading.limits import limits_for
from app.settings import Settings

router = APIRouter(prefix="/exercises", tags=["exercises"])


@router.get("", response_model=list[ExerciseSummary])
def list_exercises(bank: BankDep) -> list[ExerciseSummary]:
    return [ExerciseSummary.of(exercise) for exercise in bank.values()]


@router.get("/{exercise_id}", response_model=ExerciseDetail, responses={404: {"model": ErrorOut}})
def get_exercise(exercise_id: str, bank: BankDep, settings: SettingsDep) -> ExerciseDetail:
    exercise = bank.get(exercise_id)
    if exercise is None:
        raise unknown_exercise(exercise_id)
    return detail_of(exercise, settings)


def detail_of(exercise: Exercise, settings: Settings) -> ExerciseDetail:
    """What a candidate may see of an exercise (also inside a live session)."""
    limits = limits_for(exercise, settings)
    spec = exercise.meta.benchmark
    return ExerciseDetail(
        **ExerciseSummary.of(exercise).model_dump(),
        prompt_markdown=exercise.prompt_markdown,
        starter_code=exercise.starter_code,
        public_tests=[PublicTest(name=t.name, code=t.code) for t in exercise.public_tests],
        limits=EffectiveLimits(
            wall_time_s=limits.wall_time_s,
            cpu_time_s=limits.cpu_time_s,
            memory_mb=limits.memory_mb,
            max_processes=limits.max_processes,
            scratch_mb=limits.scratch_mb,
            max_file_mb=limits.max_file_mb,
            max_output_kb=limits.max_output_bytes // 1024,
        ),
        has_benchmarks=exercise.has_benchmarks,
        benchmarks=[
            BenchmarkCaseOut(name=c.name, summary=c.summary, max_ratio=c.max_ratio)
            for c in (spec.cases if spec else [])
        ],
        benchmark_budget_s=spec.budget_s if spec else None,
        hints_count=len(exercise.meta.hints),
    )


@router.get(
    "/{exercise_id}/hints/{index}",
    response_model=HintOut,
    responses={404: {"model": ErrorOut}},
)
def get_hint(exercise_id: str, index: int, bank: BankDep) -> HintOut:
    """One hint, 1-based: the page reveals them one at a time."""
    exercise = bank.get(exercise_id)
    if exercise is None:
        raise unknown_exercise(exercise_id)
    hints = exercise.meta.hints
    if not 1 <= index <= len(hints):
        raise HTTPException(
            status_code=404,
            detail=f"exercise '{exercise_id}' has {len(hints)} hint(s), numbered from 1",
        )
    return HintOut(index=index, count=len(hints), text=hints[index - 1])


@router.post(
    "/{exercise_id}/solution",
    response_model=SolutionOut,
    responses={403: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
def reveal_solution(
    exercise_id: str, body: SolutionRequest, bank: BankDep, session: SessionDep
) -> SolutionOut:
    """The reference solution and the notes, once solved (or given up on)."""
    exercise = bank.get(exercise_id)
    if exercise is None:
        raise unknown_exercise(exercise_id)
    if not body.give_up:
        row = repository.get_submission(session, body.submission_id or "")
        solved = (
            row is not None
            and row.exercise_id == exercise_id
            and row.mode == "submit"  # hidden tests too: public tests alone do not count
            and row.verdict == "accepted"
        )
        if not solved:
            raise HTTPException(
                status_code=403,
                detail="the solution is shown after an accepted `submit` of this exercise "
                '(send its "submission_id"), or when you give up ("give_up": true)',
            )
    return SolutionOut(
        reference_code=exercise.reference_code, notes_markdown=exercise.notes_markdown
    )
