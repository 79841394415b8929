"""Webhooks: a real local HTTP server receives the finished submission, signed."""

import hashlib
import hmac
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient
from support import reference_code, wait_until

from app.main import create_app
from app.settings import Settings
from app.webhooks import sender

SECRET = "webhook-test-secret"
EXERCISE = "group_and_average"


class Receiver:
    """An HTTP server that records each POST; answers the status codes it is given."""

    def __init__(self, answers: list[int]) -> None:
        self.answers = answers
        self.received: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers), body))
                code = receiver.answers.pop(0) if receiver.answers else 200
                self.send_response(code)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Callable[..., Receiver]]:
    made: list[Receiver] = []

    def make(*answers: int) -> Receiver:
        made.append(Receiver(list(answers)))
        return made[-1]

    yield make
    for r in made:
        r.server.shutdown()


@pytest.fixture
def client(
    make_settings: Callable[..., Settings], monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    monkeypatch.setattr(sender, "BACKOFF_S", (0.2, 0.2))
    settings = make_settings(webhook_secret=SECRET, webhook_allow_private=True)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def post(client: TestClient, url: str) -> dict:
    body = {"exercise_id": EXERCISE, "code": reference_code(EXERCISE), "mode": "run",
            "callback_url": url}  # fmt: skip
    response = client.post("/api/v1/submissions", json=body)
    assert response.status_code == 202, response.text
    return response.json()


def test_the_finished_submission_arrives_signed(client: TestClient, receiver) -> None:
    hook = receiver()
    submission = post(client, hook.url)
    assert submission["callback"]["status"] == "pending"
    wait_until(lambda: hook.received, 60, "the webhook")
    headers, body = hook.received[0]
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["X-Drill-Signature"], expected)
    delivered = json.loads(body)
    assert (delivered["id"], delivered["verdict"]) == (submission["id"], "accepted")
    state = wait_until(
        lambda: (c := client.get(f"/api/v1/submissions/{submission['id']}").json()["callback"])
        and c["status"] == "delivered" and c,
        10, "the delivery to be recorded",
    )  # fmt: skip
    assert state["attempts"] == 1 and state["delivered_at"]


def test_a_failing_receiver_is_retried_then_given_up(client: TestClient, receiver) -> None:
    flaky = receiver(500)
    retried = post(client, flaky.url)
    wait_until(lambda: len(flaky.received) == 2, 60, "a retry after the 500")
    path = f"/api/v1/submissions/{retried['id']}"
    wait_until(lambda: client.get(path).json()["callback"]["status"] == "delivered", 10, "it")
    down = receiver(500, 500, 500)
    failed = post(client, down.url)
    path = f"/api/v1/submissions/{failed['id']}"
    state = wait_until(
        lambda: (c := client.get(path).json()["callback"])["status"] == "failed" and c, 60, "fail"
    )
    assert state["attempts"] == 3 and "answered 500" in state["last_error"]


def test_callback_targets_are_validated(make_settings: Callable[..., Settings]) -> None:
    body = {"exercise_id": EXERCISE, "code": "x = 1", "mode": "run"}
    with TestClient(create_app(make_settings())) as client:  # no secret
        refused = client.post("/api/v1/submissions", json={**body, "callback_url": "https://a.example"})
        assert refused.status_code == 422 and "DRILL_WEBHOOK_SECRET" in refused.json()["detail"]
    with TestClient(create_app(make_settings(webhook_secret=SECRET))) as client:
        for url, says in (
            ("http://127.0.0.1:6379/", "private or reserved"),
            ("http://169.254.169.254/latest/meta-data", "private or reserved"),
            ("ftp://example.org/x", "http:// or https://"),
            ("https://user:pw@example.org/", "credentials"),
        ):
            response = client.post("/api/v1/submissions", json={**body, "callback_url": url})
            assert response.status_code == 422, url
            assert says in response.json()["detail"], url
        assert client.get("/api/v1/health").json()["queue"]["queued"] == 0  # nothing stored
