"""The exercise bank as a candidate may see it (never hidden tests, reference or notes)."""

from fastapi import APIRouter

from app.api.deps import BankDep, SettingsDep
from app.api.errors import unknown_exercise
from app.api.schemas import (
    BenchmarkCaseOut,
    EffectiveLimits,
    ErrorOut,
    ExerciseDetail,
    ExerciseSummary,
    PublicTest,
)
from app.grading.limits import limits_for

router = APIRouter(prefix="/exercises", tags=["exercises"])


@router.get("", response_model=list[ExerciseSummary])
def list_exercises(bank: BankDep) -> list[ExerciseSummary]:
    return [ExerciseSummary.of(exercise) for exercise in bank.values()]


@router.get("/{exercise_id}", response_model=ExerciseDetail, responses={404: {"model": ErrorOut}})
def get_exercise(exercise_id: str, bank: BankDep, settings: SettingsDep) -> ExerciseDetail:
    exercise = bank.get(exercise_id)
    if exercise is None:
        raise unknown_exercise(exercise_id)
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
        ),
        has_benchmarks=exercise.has_benchmarks,
        benchmarks=[
            BenchmarkCaseOut(name=c.name, summary=c.summary, max_ratio=c.max_ratio)
            for c in (spec.cases if spec else [])
        ],
        benchmark_budget_s=spec.budget_s if spec else None,
        hints_count=len(exercise.meta.hints),
    )
