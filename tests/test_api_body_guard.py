"""Request bodies refused before parsing: too large, or not UTF-8."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.api.body_guard import body_limit_for
from app.main import create_app


@pytest.fixture
def small_client(make_settings) -> Iterator[TestClient]:
    with TestClient(create_app(make_settings(max_code_bytes=1024))) as client:
        yield client


def test_declared_length_over_the_limit_is_413(small_client: TestClient) -> None:
    limit = body_limit_for(1024)
    body = b'{"exercise_id": "group_and_average", "code": "' + b"x" * limit + b'"}'
    response = small_client.post(
        "/api/v1/submissions", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    detail = response.json()["detail"]
    assert f"{len(body)} bytes" in detail and f"limit is {limit} bytes" in detail


def test_streamed_body_over_the_limit_is_413(small_client: TestClient) -> None:
    chunk = b"x" * 8192

    def chunks() -> Iterator[bytes]:
        yield b'{"exercise_id": "group_and_average", "code": "'
        for _ in range(body_limit_for(1024) // len(chunk) + 2):
            yield chunk
        yield b'"}'

    response = small_client.post(
        "/api/v1/submissions", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert "limit is" in response.json()["detail"]


def test_body_that_is_not_utf8_is_400(client: TestClient) -> None:
    body = b'{"exercise_id": "group_and_average", "code": "x = \xff\xfe"}'
    response = client.post(
        "/api/v1/submissions", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert "UTF-8" in response.json()["detail"]


@pytest.mark.parametrize("headers", [{}, {"content-type": "application/merge-patch+json"}])
def test_body_without_a_json_type_that_is_not_utf8_is_400(
    client: TestClient, headers: dict[str, str]
) -> None:
    body = b'{"exercise_id": "group_and_average", "code": "x = \xff"}'
    response = client.post("/api/v1/submissions", content=body, headers=headers)
    assert response.status_code == 400
    assert "UTF-8" in response.json()["detail"]


@pytest.mark.parametrize(
    "content_type",
    ["application/x-www-form-urlencoded", "text/plain", "application/octet-stream"],
)
@pytest.mark.parametrize("body", [b"\xff\xfe", b'{"exercise_id": "group_and_average"}'])
def test_body_that_is_not_json_is_415_naming_the_header(
    client: TestClient, content_type: str, body: bytes
) -> None:
    response = client.post(
        "/api/v1/submissions", content=body, headers={"content-type": content_type}
    )
    assert response.status_code == 415
    detail = response.json()["detail"]
    assert content_type in detail and "Content-Type: application/json" in detail


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/api/v1/submissions",
        content=b'{"exercise_id": "group_and_average", "code": ',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"


def test_a_body_within_the_limit_reaches_the_route(small_client: TestClient) -> None:
    response = small_client.post(
        "/api/v1/submissions",
        content='{"exercise_id": "nope_nope", "code": "x = \u00e9"}'.encode(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 404, "parsed and routed: the exercise is unknown"
