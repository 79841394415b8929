"""GET /api/v1/exercises and /api/v1/exercises/{id}: what a candidate may see."""

import pytest
from fastapi.testclient import TestClient

from app.bank import Exercise, load_bank
from app.main import create_app
from app.settings import Settings

SUMMARY_FIELDS = {"id", "title", "difficulty", "tags", "kind", "summary", "estimated_minutes"}


@pytest.fixture(scope="module")
def bank() -> dict[str, Exercise]:
    return load_bank(Settings().exercises_dir)


def test_list_has_every_exercise_with_its_summary(client: TestClient, bank) -> None:
    response = client.get("/api/v1/exercises")
    assert response.status_code == 200
    listed = {item["id"]: item for item in response.json()}
    assert set(listed) == set(bank)
    for exercise_id, item in listed.items():
        meta = bank[exercise_id].meta
        assert set(item) == SUMMARY_FIELDS
        assert (item["title"], item["difficulty"], item["kind"]) == (
            meta.title,
            meta.difficulty.value,
            meta.kind.value,
        )
        assert item["tags"] == meta.tags
        assert item["estimated_minutes"] == meta.estimated_minutes


def test_detail_shows_public_material_only(client: TestClient, bank) -> None:
    exercise = bank["group_and_average"]
    response = client.get("/api/v1/exercises/group_and_average")
    assert response.status_code == 200
    body = response.json()
    assert body["prompt_markdown"] == exercise.prompt_markdown
    assert body["starter_code"] == exercise.starter_code
    assert body["public_tests"] == [{"name": t.name, "code": t.code} for t in exercise.public_tests]
    assert body["has_benchmarks"] is exercise.has_benchmarks
    assert body["hints_count"] == len(exercise.meta.hints)

    raw = response.text
    for hidden in exercise.hidden_test_names:
        assert hidden not in raw
    assert exercise.reference_code.strip() not in raw
    assert exercise.notes_markdown.strip() not in raw
    for hint in exercise.meta.hints:
        assert hint not in raw
    assert not {"reference_code", "hidden_tests_code", "notes_markdown", "hints"} & set(body)


def test_detail_limits_are_the_effective_ones(make_settings, bank) -> None:
    settings = make_settings(
        wall_time_s=7.5, cpu_time_s=6, memory_mb=512, max_processes=40, scratch_mb=48,
        max_file_mb=24, max_output_kb=96,
    )  # fmt: skip
    with TestClient(create_app(settings)) as client:
        limits = client.get("/api/v1/exercises/group_and_average").json()["limits"]
    own = bank["group_and_average"].meta.limits
    assert limits == {
        "wall_time_s": own.wall_time_s or 7.5,
        "cpu_time_s": own.cpu_time_s or 6,
        "memory_mb": own.memory_mb or 512,
        "max_processes": own.max_processes or 40,
        "scratch_mb": own.scratch_mb or 48,
        "max_file_mb": own.max_file_mb or 24,
        "max_output_kb": own.max_output_kb or 96,
    }


def test_unknown_exercise_is_404_and_says_where_to_look(client: TestClient) -> None:
    response = client.get("/api/v1/exercises/no_such_thing")
    assert response.status_code == 404
    detail = response.json()["detail"]
    assert "no_such_thing" in detail
    assert "/api/v1/exercises" in detail


def test_detail_shows_what_submit_times_and_the_bound(client: TestClient, bank) -> None:
    spec = bank["pairwise_distances"].meta.benchmark
    body = client.get("/api/v1/exercises/pairwise_distances").json()
    assert body["has_benchmarks"] is True
    assert body["benchmark_budget_s"] == spec.budget_s
    assert body["benchmarks"] == [
        {"name": "n4096_d64", "summary": spec.cases[0].summary, "max_ratio": 3.0}
    ]
    assert "points_4096_d64" not in client.get("/api/v1/exercises/pairwise_distances").text


def test_hints_come_one_at_a_time_numbered_from_one(client: TestClient, bank) -> None:
    hints = bank["group_and_average"].meta.hints
    first = client.get("/api/v1/exercises/group_and_average/hints/1")
    assert first.status_code == 200
    assert first.json() == {"index": 1, "count": len(hints), "text": hints[0]}
    beyond = client.get(f"/api/v1/exercises/group_and_average/hints/{len(hints) + 1}")
    assert beyond.status_code == 404
    assert f"has {len(hints)} hint(s)" in beyond.json()["detail"]
    assert client.get("/api/v1/exercises/nope/hints/1").status_code == 404


def test_the_solution_needs_an_accepted_submission_or_giving_up(
    client: TestClient, bank
) -> None:
    exercise = bank["group_and_average"]
    url = "/api/v1/exercises/group_and_average/solution"
    refused = client.post(url, json={})
    assert refused.status_code == 403
    assert "give_up" in refused.json()["detail"]
    wrong = client.post(
        "/api/v1/submissions",
        params={"wait": 30},
        json={"exercise_id": "group_and_average", "code": "def group_and_average(r):\n    1/0\n"},
    ).json()
    assert client.post(url, json={"submission_id": wrong["id"]}).status_code == 403
    ran = client.post(
        "/api/v1/submissions",
        params={"wait": 30},
        json={"exercise_id": "group_and_average", "code": exercise.reference_code, "mode": "run"},
    ).json()
    assert ran["verdict"] == "accepted"
    assert client.post(url, json={"submission_id": ran["id"]}).status_code == 403  # public only
    solved = client.post(
        "/api/v1/submissions",
        params={"wait": 30},
        json={"exercise_id": "group_and_average", "code": exercise.reference_code},
    ).json()
    assert solved["verdict"] == "accepted"
    shown = client.post(url, json={"submission_id": solved["id"]})
    assert shown.status_code == 200
    assert shown.json() == {
        "reference_code": exercise.reference_code,
        "notes_markdown": exercise.notes_markdown,
    }
    other = "/api/v1/exercises/pairwise_distances/solution"
    assert client.post(other, json={"submission_id": solved["id"]}).status_code == 403
    assert client.post(other, json={"give_up": True}).status_code == 200
