"""POST /api/v1/submissions and GET /api/v1/submissions/{id}, graded for real."""

import json
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from support import reference_code, wait_until

from app.main import create_app

SUBMISSION_FIELDS = {
    "id",
    "exercise_id",
    "mode",
    "status",
    "verdict",
    "message",
    "tests",
    "benchmarks",
    "stdout",
    "stderr",
    "timings",
    "created_at",
    "finished_at",
    "callback",
}
WRONG = "def group_and_average(results, group_key='geometry', value_key='error'):\n    return {}\n"


def submit(client: TestClient, code: str, mode: str | None = "run", **params) -> dict:
    body = {"exercise_id": "group_and_average", "code": code}
    if mode is not None:
        body["mode"] = mode
    response = client.post("/api/v1/submissions", json=body, params=params)
    assert response.status_code in (200, 202), response.text
    assert (response.status_code == 200) == (response.json()["status"] == "done")
    return response.json()


def test_without_wait_the_stored_submission_comes_back_202_queued(client: TestClient) -> None:
    response = client.post(
        "/api/v1/submissions", json={"exercise_id": "group_and_average", "code": WRONG}
    )
    assert response.status_code == 202
    body = response.json()
    assert set(body) == SUBMISSION_FIELDS
    assert (body["status"], body["verdict"], body["mode"]) == ("queued", None, "submit")
    assert body["tests"] == [] and body["finished_at"] is None
    assert body["timings"] == {
        "queued_ms": None,
        "run_ms": None,
        "cpu_ms": None,
        "peak_memory_mb": None,
    }
    uuid.UUID(body["id"])
    assert datetime.fromisoformat(body["created_at"]).utcoffset().total_seconds() == 0

    done = wait_until(
        lambda: (
            (s := client.get(f"/api/v1/submissions/{body['id']}").json())["status"] == "done" and s
        ),
        60,
        "the submission to be graded",
    )
    assert done["verdict"] == "wrong_answer"
    assert any(t["hidden"] for t in done["tests"]), "submit mode includes hidden tests"
    assert any(t["status"] == "failed" and t["message"] for t in done["tests"])


def test_wait_returns_the_finished_result_with_200(client: TestClient) -> None:
    body = submit(client, reference_code("group_and_average"), mode="run", wait=30)
    assert (body["status"], body["verdict"]) == ("done", "accepted")
    assert body["tests"] and all(
        t["status"] == "passed" and not t["hidden"] for t in body["tests"]
    ), "run mode: public tests only"
    timings = body["timings"]
    assert all(timings[k] is not None for k in ("queued_ms", "run_ms", "cpu_ms"))
    finished = datetime.fromisoformat(body["finished_at"])
    assert finished >= datetime.fromisoformat(body["created_at"])
    assert client.get(f"/api/v1/submissions/{body['id']}").json() == body


def test_a_crashing_interpreter_is_a_runtime_error_and_the_next_grades(client) -> None:
    crashed = submit(client, "import ctypes\nctypes.string_at(0)\n", wait=30)
    assert (crashed["status"], crashed["verdict"]) == ("done", "runtime_error")
    assert crashed["message"]

    after = submit(client, reference_code("group_and_average"), wait=30)
    assert after["verdict"] == "accepted"


def test_wait_zero_answers_at_once_with_the_current_state(client: TestClient) -> None:
    body = submit(client, WRONG, wait=0)
    assert body["status"] in ("queued", "running", "done")
    assert client.get(f"/api/v1/submissions/{body['id']}").status_code == 200


@pytest.mark.parametrize("wait", ["-1", "30.5", "nan", "inf", "soon"])
def test_wait_out_of_range_is_422_naming_wait(client: TestClient, wait: str) -> None:
    response = client.post(
        f"/api/v1/submissions?wait={wait}",
        json={"exercise_id": "group_and_average", "code": WRONG},
    )
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["detail"]] == [["query", "wait"]]


def test_unknown_exercise_is_404_naming_it(client: TestClient) -> None:
    response = client.post(
        "/api/v1/submissions", json={"exercise_id": "nope_nope", "code": "x = 1"}
    )
    assert response.status_code == 404
    assert "nope_nope" in response.json()["detail"]
    assert "/api/v1/exercises" in response.json()["detail"]


@pytest.mark.parametrize("submission_id", [str(uuid.uuid4()), "not-a-uuid", "%00", "' OR 1=1 --"])
def test_unknown_submission_is_404(client: TestClient, submission_id: str) -> None:
    response = client.get(f"/api/v1/submissions/{submission_id}")
    assert response.status_code == 404
    assert "unknown submission" in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"exercise_id": "group_and_average", "code": "x", "mode": "debug"}, "mode"),
        ({"exercise_id": "group_and_average"}, "code"),
        ({"code": "x = 1"}, "exercise_id"),
        ({"exercise_id": "group_and_average", "code": 5}, "code"),
        ({"exercise_id": "group_and_average", "code": "x", "mdoe": "run"}, "mdoe"),
    ],
)
def test_invalid_body_is_422_naming_the_field(client, body: dict, field: str) -> None:
    response = client.post("/api/v1/submissions", json=body)
    assert response.status_code == 422
    assert ["body", field] in [e["loc"] for e in response.json()["detail"]]


@pytest.mark.parametrize(("code", "says"), [("x = 1\x00", "NUL"), ("x = '\ud800'", "surrogate")])
def test_code_that_is_not_plain_text_is_422(client: TestClient, code: str, says: str) -> None:
    body = json.dumps({"exercise_id": "group_and_average", "code": code})  # \u escapes
    response = client.post(
        "/api/v1/submissions", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "code"]
    assert says in error["msg"]
    assert "\ud800" not in error["input"]


def test_validation_errors_do_not_echo_a_whole_program(client: TestClient) -> None:
    response = client.post(
        "/api/v1/submissions",
        json={"code": "x" * 50_000},  # the error's `input` is the whole body
    )
    assert response.status_code == 422
    assert len(response.content) < 5_000


def test_code_over_the_limit_is_413_counting_utf8_bytes(make_settings) -> None:
    with TestClient(create_app(make_settings(max_code_bytes=1024))) as client:
        fits = client.post(
            "/api/v1/submissions",
            json={"exercise_id": "group_and_average", "code": "#" + "x" * 1023},
        )
        too_big = client.post(
            "/api/v1/submissions",
            json={"exercise_id": "group_and_average", "code": "#" + "é" * 600},
        )
        health = client.get("/api/v1/health").json()
    assert fits.status_code == 202
    assert too_big.status_code == 413
    detail = too_big.json()["detail"]
    assert "1201 bytes" in detail and "1024" in detail
    assert health["queue"]["queued"] + health["queue"]["running"] <= 1, "413 stores nothing"


def test_a_stopped_queue_answers_503_with_retry_after_and_keeps_it(client: TestClient) -> None:
    client.app.state.queue.stop()  # type: ignore[attr-defined]
    response = client.post(
        "/api/v1/submissions", json={"exercise_id": "group_and_average", "code": WRONG}
    )
    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"
    detail = response.json()["detail"]
    assert "will be graded when the server restarts" in detail
    assert client.get("/api/v1/health").json()["queue"]["queued"] == 1, "stored, not lost"


TIMED_BANK = Path(__file__).parent / "data" / "timed_bank"


def test_submit_reports_benchmarks_and_run_does_not(make_settings) -> None:
    settings = make_settings(exercise_path=str(TIMED_BANK))
    code = (TIMED_BANK / "timed_scale" / "baseline.py").read_text()
    with TestClient(create_app(settings)) as client:
        body = {"exercise_id": "timed_scale", "code": code, "mode": "submit"}
        slow = client.post("/api/v1/submissions", json=body, params={"wait": 30}).json()
        ran = client.post(
            "/api/v1/submissions", json={**body, "mode": "run"}, params={"wait": 30}
        ).json()
        stored = client.get(f"/api/v1/submissions/{slow['id']}").json()
    assert slow["verdict"] == "too_slow"
    assert slow["message"].startswith("benchmark two_million:")
    (bench,) = slow["benchmarks"]
    assert bench["name"] == "two_million" and bench["passed"] is False
    # Slow beyond the bound: stopped mid-call, or timed and over it.
    assert bench["status"] in ("stopped", "too_slow") and bench["device"].startswith("cpu (")
    assert bench["ratio"] > bench["max_ratio"] == 3.0
    assert set(bench) >= {"name", "device", "user_ms", "reference_ms", "ratio", "passed"}
    assert stored == slow
    assert (ran["verdict"], ran["benchmarks"]) == ("accepted", [])


def test_a_gpu_exercise_on_a_cpu_only_server_is_refused_clearly(make_settings, tmp_path) -> None:
    import shutil

    demo = Path(__file__).parent / "data" / "bank" / "demo_sum"
    shutil.copytree(demo, tmp_path / "gpu_bank" / "gpu_sum")
    toml = tmp_path / "gpu_bank" / "gpu_sum" / "exercise.toml"
    toml.write_text(toml.read_text().replace("[limits]", "needs_gpu = true\n\n[limits]"))
    settings = make_settings(exercise_path=str(tmp_path / "gpu_bank"), device="cpu")
    with TestClient(create_app(settings)) as client:
        body = {"exercise_id": "gpu_sum", "code": "def total(xs):\n    return 0\n"}
        response = client.post("/api/v1/submissions", json=body)
        health = client.get("/api/v1/health").json()
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "60"
    assert "needs a GPU and this server grades on the CPU" in response.json()["detail"]
    assert health["queue"]["queued"] == 0  # nothing was stored


def _events(text: str) -> list[tuple[str, dict]]:
    found = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        found.append((fields["event"], json.loads(fields["data"])))
    return found


def test_events_stream_progress_then_the_finished_submission(client: TestClient) -> None:
    code = "import time\ntime.sleep(2)\n" + reference_code("group_and_average")
    submission = submit(client, code, mode="run")
    with client.stream("GET", f"/api/v1/submissions/{submission['id']}/events") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = _events(response.read().decode())
    names = [name for name, _ in events]
    assert names[-1] == "done" and set(names[:-1]) == {"progress"} and len(names) >= 2
    assert {data["status"] for _, data in events[:-1]} <= {"queued", "running"}
    assert all(data["elapsed_ms"] >= 0 for _, data in events[:-1])
    assert events[-1][1]["verdict"] == "accepted"
    assert events[-1][1]["id"] == submission["id"]


def test_events_of_a_finished_submission_end_at_once(client: TestClient) -> None:
    done = submit(client, reference_code("group_and_average"), mode="run", wait=30)
    with client.stream("GET", f"/api/v1/submissions/{done['id']}/events") as response:
        events = _events(response.read().decode())
    assert [name for name, _ in events] == ["done"]
    assert client.get(f"/api/v1/submissions/{uuid.uuid4()}/events").status_code == 404
