"""Unexpected errors leave as JSON without internals."""

import logging

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from app.main import create_app


def test_unhandled_exception_is_a_logged_500_without_internals(
    app_settings, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(app_settings)

    def explode() -> None:
        raise RuntimeError("password=hunter2 in /srv/secret")

    # First in line: the front end's catch-all mount at / would answer otherwise.
    app.router.routes.insert(0, APIRoute("/api/v1/explode", explode))
    with (
        TestClient(app, raise_server_exceptions=False) as client,
        caplog.at_level(logging.ERROR, logger="app.api.errors"),
    ):
        response = client.get("/api/v1/explode")
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    assert "hunter2" not in response.text and "RuntimeError" not in response.text
    assert set(response.json()) == {"detail"}
    assert "hunter2" in caplog.text, "the full error is in the server log"


def test_unknown_api_path_is_json_404(client: TestClient) -> None:
    response = client.get("/api/v1/does-not-exist")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


def test_openapi_documents_the_submission_contract(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    post = spec["paths"]["/api/v1/submissions"]["post"]
    assert {"200", "202", "404", "413", "422"} <= set(post["responses"])
    assert [p["name"] for p in post["parameters"]] == ["wait", "authorization", "Idempotency-Key"]
    assert {"401", "403", "429", "503"} <= set(
        spec["paths"]["/api/v1/submissions/batch"]["post"]["responses"]
    )
    assert client.get("/docs").status_code == 200
