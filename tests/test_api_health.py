"""GET /api/v1/health."""

from fastapi.testclient import TestClient
from sqlalchemy import text

from app.settings import REPO_ROOT, Settings


def test_health_reports_queue_and_database(client: TestClient, app_settings: Settings) -> None:
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["exercises"] >= 1
    assert body["queue"] == {
        "kind": "embedded",
        "workers": app_settings.workers,
        "queued": 0,
        "running": 0,
        "max_queued": app_settings.max_queue_depth,
        "broker": None,  # no Redis with the embedded queue
        "broker_messages": None,
        "live_workers": [],
    }


def test_health_is_503_when_the_database_fails(client: TestClient) -> None:
    with client.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(text("DROP TABLE submissions"))
    response = client.get("/api/v1/health")
    assert response.status_code == 503
    body = response.json()
    assert (body["status"], body["database"]) == ("degraded", "error")
    assert body["queue"]["queued"] is None


def test_metrics_count_verdicts_and_time_the_queue(client) -> None:
    code = (REPO_ROOT / "exercises" / "group_and_average" / "reference.py").read_text()
    body = {"exercise_id": "group_and_average", "code": code, "mode": "run"}
    assert client.post("/api/v1/submissions", json=body, params={"wait": 30}).status_code == 200
    metrics = client.get("/metrics")
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'drill_submissions_total{verdict="accepted"} 1.0' in text
    assert 'drill_queue_depth{status="queued"} 0.0' in text
    assert "drill_queue_wait_seconds_count 1.0" in text
    assert "drill_grading_seconds_bucket" in text
    assert "drill_workers 2.0" in text  # the embedded pool's threads
