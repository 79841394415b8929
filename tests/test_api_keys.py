"""API keys for programs: `drill keys`, 401/403 on the API, per-key limits, batches
and idempotent retries."""

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from support import reference_code

from app.auth.limits import RateLimiter
from app.cli import main
from app.main import create_app
from app.settings import Settings

EXERCISE = "group_and_average"
CODE = reference_code(EXERCISE)


@pytest.fixture
def keyed(
    make_settings: Callable[..., Settings],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[tuple[TestClient, Callable[..., str]]]:
    """A server that needs keys, and `drill keys create` on its database."""
    settings = make_settings(allow_anonymous=False, key_rate_per_minute=5, key_max_concurrent=50)
    monkeypatch.setenv("DRILL_DATA_DIR", str(settings.data_dir))
    monkeypatch.delenv("DRILL_DATABASE_URL", raising=False)

    def create(name: str, scopes: str = "submit,read") -> str:
        assert main(["keys", "create", "--name", name, "--scopes", scopes]) == 0
        return capsys.readouterr().out.strip().splitlines()[-1]

    with TestClient(create_app(settings)) as client:
        yield client, create


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def submit(client: TestClient, headers: dict[str, str], **extra: str):
    body = {"exercise_id": EXERCISE, "code": CODE, "mode": "run"}
    return client.post("/api/v1/submissions", json=body, headers={**headers, **extra})


def test_without_a_valid_key_the_server_answers_401(keyed, capsys) -> None:
    client, create = keyed
    missing = submit(client, {})
    assert missing.status_code == 401
    assert "drill keys create" in missing.json()["detail"]
    assert submit(client, bearer("drill_not-a-key")).status_code == 401
    key = create("ci")
    assert key.startswith("drill_") and len(key) > 40
    assert submit(client, bearer(key)).status_code == 202
    assert main(["keys", "revoke", "ci"]) == 0
    assert submit(client, bearer(key)).status_code == 401
    assert main(["keys", "list"]) == 0
    assert "revoked" in capsys.readouterr().out


def test_a_key_without_the_scope_gets_403(keyed) -> None:
    client, create = keyed
    reader = create("reader", "read")
    refused = submit(client, bearer(reader))
    assert refused.status_code == 403
    assert "lacks the scope 'submit'" in refused.json()["detail"]
    submitter = create("submitter", "submit")
    made = submit(client, bearer(submitter)).json()
    path = f"/api/v1/submissions/{made['id']}"
    assert client.get(path, headers=bearer(reader)).status_code == 200
    assert client.get(path, headers=bearer(submitter)).status_code == 403
    session = client.post(
        "/api/v1/sessions", json={"exercise_ids": [EXERCISE], "duration_minutes": 5},
        headers=bearer(submitter),
    )  # fmt: skip
    assert session.status_code == 403


def test_over_the_rate_a_key_gets_429_with_retry_after(keyed) -> None:
    client, create = keyed
    key = create("busy")
    assert [submit(client, bearer(key)).status_code for _ in range(5)] == [202] * 5
    over = submit(client, bearer(key))
    assert over.status_code == 429
    assert 1 <= int(over.headers["Retry-After"]) <= 60
    assert "DRILL_KEY_RATE_PER_MINUTE" in over.json()["detail"]
    assert submit(client, bearer(create("other"))).status_code == 202  # per key


def test_a_batch_keeps_its_order_and_reads_back_together(keyed) -> None:
    client, create = keyed
    key = create("batcher")
    bodies = [
        {"exercise_id": EXERCISE, "code": CODE, "mode": "run"},
        {"exercise_id": EXERCISE, "code": "def group_and_average(results):\n    return {}\n"},
    ]
    batch = client.post(
        "/api/v1/submissions/batch", json={"submissions": bodies}, headers=bearer(key)
    )
    assert batch.status_code == 202
    ids = batch.json()["ids"]
    assert [s["id"] for s in batch.json()["submissions"]] == ids and len(ids) == 2
    read = client.get("/api/v1/submissions", params={"ids": ",".join(ids)}, headers=bearer(key))
    assert [s["id"] for s in read.json()] == ids
    assert [s["mode"] for s in read.json()] == ["run", "submit"]
    too_many = {"submissions": bodies * 51}
    assert client.post(
        "/api/v1/submissions/batch", json=too_many, headers=bearer(key)
    ).status_code == 422


def test_a_retried_post_with_the_same_idempotency_key_grades_once(keyed) -> None:
    client, create = keyed
    key = create("retrier")
    body = {"submissions": [{"exercise_id": EXERCISE, "code": CODE, "mode": "run"}]}
    headers = {**bearer(key), "Idempotency-Key": "upload-42"}
    first = client.post("/api/v1/submissions/batch", json=body, headers=headers).json()
    again = client.post("/api/v1/submissions/batch", json=body, headers=headers).json()
    assert again["ids"] == first["ids"]
    other = {"submissions": [{"exercise_id": EXERCISE, "code": "x = 1", "mode": "run"}]}
    changed = client.post("/api/v1/submissions/batch", json=other, headers=headers)
    assert changed.status_code == 422
    single = submit(client, bearer(key), **{"Idempotency-Key": "one"}).json()
    assert submit(client, bearer(key), **{"Idempotency-Key": "one"}).json()["id"] == single["id"]


def test_the_rate_recovers_when_the_minute_has_passed() -> None:
    limiter = RateLimiter(per_minute=2)
    assert [limiter.retry_after("k", now=t) for t in (0.0, 10.0)] == [0, 0]
    wait = limiter.retry_after("k", now=20.0)
    assert wait == 41  # the first request leaves the window at t = 60
    assert limiter.retry_after("k", now=60.5) == 0  # recovered
    assert limiter.retry_after("k", cost=3, now=61.0) == 60  # more than a minute's worth
