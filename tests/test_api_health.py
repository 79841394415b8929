"""GET /api/v1/health."""

from fastapi.testclient import TestClient
from sqlalchemy import text

from app.settings import Settings


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
    }


def test_health_is_503_when_the_database_fails(client: TestClient) -> None:
    with client.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(text("DROP TABLE submissions"))
    response = client.get("/api/v1/health")
    assert response.status_code == 503
    body = response.json()
    assert (body["status"], body["database"]) == ("degraded", "error")
    assert body["queue"]["queued"] is None
