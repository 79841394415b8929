"""Live interview sessions through the API: roles, redaction, the end, the shared
document's history, and a restart."""

import base64
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from pycrdt import Doc, Text, create_update_message
from starlette.websockets import WebSocketDisconnect
from support import reference_code, wait_until

from app.main import create_app
from app.settings import Settings

EXERCISE = "group_and_average"
NOTE = "SECRET-INTERVIEWER-NOTE about the candidate"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def session(client: TestClient) -> dict:
    response = client.post(
        "/api/v1/sessions", json={"exercise_ids": [EXERCISE, "pairwise_distances"],
                                  "duration_minutes": 30},
    )  # fmt: skip
    assert response.status_code == 201, response.text
    return response.json()


def test_creating_a_session_hands_out_two_tokens_and_urls(session: dict) -> None:
    assert session["interviewer_token"] != session["candidate_token"]
    assert len(session["candidate_token"]) >= 40
    assert session["candidate_url"] == (
        f"/sessions/{session['id']}/candidate#token={session['candidate_token']}"
    )
    assert session["interviewer_url"].startswith(f"/sessions/{session['id']}/interviewer#token=")


def test_unknown_exercises_and_bad_durations_are_refused(client: TestClient) -> None:
    body = {"exercise_ids": ["nope"], "duration_minutes": 5}
    missing = client.post("/api/v1/sessions", json=body)
    assert missing.status_code == 404
    assert client.post(
        "/api/v1/sessions", json={"exercise_ids": [EXERCISE], "duration_minutes": 0}
    ).status_code == 422


def test_each_role_sees_its_own_view(client: TestClient, session: dict) -> None:
    url = f"/api/v1/sessions/{session['id']}"
    assert client.put(f"{url}/notes", json={"text": NOTE},
                      headers=bearer(session["interviewer_token"])).status_code == 200  # fmt: skip
    interviewer = client.get(url, headers=bearer(session["interviewer_token"])).json()
    candidate = client.get(url, headers=bearer(session["candidate_token"])).json()
    assert (interviewer["role"], candidate["role"]) == ("interviewer", "candidate")
    assert interviewer["notes"] == NOTE and candidate["notes"] is None
    assert interviewer["references"][0]["reference_code"] == reference_code(EXERCISE)
    assert candidate["references"] is None
    assert [e["id"] for e in candidate["exercises"]] == [EXERCISE, "pairwise_distances"]
    assert reference_code(EXERCISE).strip() not in client.get(
        url, headers=bearer(session["candidate_token"])
    ).text


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/notes", None),
        ("PUT", "/notes", {"text": "x"}),
        ("POST", "/timer", {"action": "start"}),
        ("POST", "/advance", {"index": 1}),
        ("POST", "/end", None),
        ("GET", "/report", None),
        ("GET", "/report.md", None),
        ("GET", f"/history/{EXERCISE}", None),
    ],
)
def test_interviewer_only_paths_refuse_the_candidate_and_strangers(
    client: TestClient, session: dict, method: str, path: str, body: dict | None
) -> None:
    url = f"/api/v1/sessions/{session['id']}{path}"

    def call(headers: dict[str, str]) -> int:
        return client.request(method, url, json=body, headers=headers).status_code

    assert call(bearer(session["candidate_token"])) == 403
    assert call({}) == 401
    assert call(bearer("not-a-token")) == 401
    assert call(bearer(session["interviewer_token"])) == 200


def test_candidate_submissions_belong_to_the_session_and_hide_hidden_tests(
    client: TestClient, session: dict
) -> None:
    submitted = client.post(
        "/api/v1/submissions",
        params={"wait": 30},
        json={"exercise_id": EXERCISE, "code": reference_code(EXERCISE), "mode": "submit"},
        headers=bearer(session["candidate_token"]),
    ).json()
    assert submitted["verdict"] == "accepted"
    hidden = [t for t in submitted["tests"] if t["hidden"]]
    assert hidden and all(t["name"].startswith("hidden test ") for t in hidden)

    path = f"/api/v1/submissions/{submitted['id']}"
    as_candidate = client.get(path, headers=bearer(session["candidate_token"])).json()
    as_interviewer = client.get(path, headers=bearer(session["interviewer_token"])).json()
    assert {t["name"] for t in as_candidate["tests"] if t["hidden"]} == {t["name"] for t in hidden}
    named = [t["name"] for t in as_interviewer["tests"] if t["hidden"]]
    assert named and not any(n.startswith("hidden test ") for n in named)

    view = client.get(
        f"/api/v1/sessions/{session['id']}", headers=bearer(session["interviewer_token"])
    ).json()
    assert [s["id"] for s in view["submissions"]] == [submitted["id"]]
    other = client.post(
        "/api/v1/submissions",
        json={"exercise_id": "stable_softmax", "code": "x = 1"},
        headers=bearer(session["candidate_token"]),
    )
    assert other.status_code == 403  # not an exercise of this session


def test_ending_refuses_the_candidate_and_keeps_the_report(
    client: TestClient, session: dict
) -> None:
    url = f"/api/v1/sessions/{session['id']}"
    ended = client.post(f"{url}/end", headers=bearer(session["interviewer_token"])).json()
    assert ended["status"] == "ended" and ended["ended_at"]
    assert client.get(url, headers=bearer(session["candidate_token"])).status_code == 410
    late = client.post(
        "/api/v1/submissions",
        json={"exercise_id": EXERCISE, "code": "x = 1"},
        headers=bearer(session["candidate_token"]),
    )
    assert late.status_code == 410
    report = client.get(f"{url}/report", headers=bearer(session["interviewer_token"]))
    assert report.status_code == 200
    listed = [e["exercise_id"] for e in report.json()["exercises"]]
    assert listed == [EXERCISE, "pairwise_distances"]
    markdown = client.get(f"{url}/report.md", headers=bearer(session["interviewer_token"]))
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.text.startswith(f"# Interview report: session {session['id']}")
    changed = client.post(
        f"{url}/timer", json={"action": "start"}, headers=bearer(session["interviewer_token"])
    )
    assert changed.status_code == 409


def test_the_timer_starts_pauses_and_extends(client: TestClient, session: dict) -> None:
    url = f"/api/v1/sessions/{session['id']}/timer"
    headers = bearer(session["interviewer_token"])
    before = client.get(f"/api/v1/sessions/{session['id']}", headers=headers).json()["timer"]
    assert before == {"running": False, "remaining_s": 1800.0, "started_at": None, "ends_at": None}
    started = client.post(url, json={"action": "start"}, headers=headers).json()["timer"]
    assert started["running"] and started["ends_at"]
    paused = client.post(url, json={"action": "pause"}, headers=headers).json()["timer"]
    assert not paused["running"] and paused["remaining_s"] <= 1800
    extended = client.post(url, json={"action": "extend", "minutes": 5}, headers=headers).json()
    assert extended["timer"]["remaining_s"] > 1800 + 290


def _edit(client: TestClient, session: dict, text: str, token_key: str = "candidate_token") -> None:
    doc = Doc()
    doc["code"] = code = Text()
    code += text
    url = f"/api/v1/sessions/{session['id']}/doc/{EXERCISE}?token={session[token_key]}"
    history = f"/api/v1/sessions/{session['id']}/history/{EXERCISE}"
    headers = bearer(session["interviewer_token"])
    with client.websocket_connect(url) as websocket:
        websocket.receive_bytes()  # the server's first sync message
        websocket.send_bytes(create_update_message(doc.get_update()))
        # The room stores updates in the background: wait until this one is there.
        wait_until(
            lambda: client.get(history, headers=headers).json()["updates"], 10, "the update"
        )


def test_the_shared_document_is_authenticated_and_kept(client: TestClient, session: dict) -> None:
    with pytest.raises(WebSocketDisconnect) as refused, client.websocket_connect(
        f"/api/v1/sessions/{session['id']}/doc/{EXERCISE}?token=nope"
    ) as websocket:
        websocket.receive_bytes()
    assert refused.value.code == 4401
    _edit(client, session, "def group_and_average(results):\n    pass\n")
    history = client.get(
        f"/api/v1/sessions/{session['id']}/history/{EXERCISE}",
        headers=bearer(session["interviewer_token"]),
    ).json()
    assert len(history["updates"]) >= 1
    replayed = Doc()
    for item in history["updates"]:
        replayed.apply_update(base64.b64decode(item["update"]))
    assert str(replayed.get("code", type=Text)) == "def group_and_average(results):\n    pass\n"


def test_a_restart_keeps_the_session_and_its_code(
    make_settings: Callable[..., Settings],
) -> None:
    settings = make_settings()
    with TestClient(create_app(settings)) as client:
        session = client.post(
            "/api/v1/sessions", json={"exercise_ids": [EXERCISE], "duration_minutes": 10}
        ).json()
        _edit(client, session, "# before the restart\n")
    with TestClient(create_app(settings)) as client:
        headers = bearer(session["interviewer_token"])
        view = client.get(f"/api/v1/sessions/{session['id']}", headers=headers)
        assert view.status_code == 200
        report = client.get(f"/api/v1/sessions/{session['id']}/report", headers=headers).json()
        assert report["exercises"][0]["final_code"] == "# before the restart\n"


async def _relayed(base: str, session: dict) -> bool:
    """Two clients connect at the same moment; an edit by one reaches the other."""
    import asyncio

    import websockets

    url = (
        f"ws://{base}/api/v1/sessions/{session['id']}/doc/{EXERCISE}"
        f"?token={session['interviewer_token']}"
    )
    first, second = await asyncio.gather(websockets.connect(url), websockets.connect(url))
    await asyncio.sleep(0.5)  # both have joined (or, before the fix, two rooms)
    try:
        doc = Doc()
        doc["code"] = code = Text()
        code += "hello"
        await first.send(create_update_message(doc.get_update()))
        while True:
            message = await asyncio.wait_for(second.recv(), 5)
            if message[:2] == b"\x00\x02":  # a sync update
                return True
    except TimeoutError:
        return False
    finally:
        await first.close()
        await second.close()


def test_clients_joining_a_new_document_at_once_share_one_room(live_server) -> None:
    import asyncio

    import httpx

    base = live_server.url.removeprefix("http://")
    for _ in range(5):
        session = httpx.post(
            f"{live_server.url}/api/v1/sessions",
            json={"exercise_ids": [EXERCISE], "duration_minutes": 5},
        ).json()
        # A thread of its own: a Playwright test module may hold this thread's event loop.
        with ThreadPoolExecutor(1) as thread:
            assert thread.submit(asyncio.run, _relayed(base, session)).result()
