"""The real server: `drill serve` in a subprocess, spoken to over HTTP and raw TCP."""

import socket
from pathlib import Path

import httpx
from support import LiveServer, reference_code, wait_until

SLOW_BUT_CORRECT = "import time\ntime.sleep(5)\n\n" + reference_code("group_and_average")


def test_serve_answers_the_v1_api_over_http(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url, timeout=60) as client:
        health = client.get("/api/v1/health").json()
        assert (health["status"], health["queue"]["kind"]) == ("ok", "embedded")
        exercises = client.get("/api/v1/exercises").json()
        assert "group_and_average" in {e["id"] for e in exercises}
        response = client.post(
            "/api/v1/submissions",
            params={"wait": 30},
            json={"exercise_id": "group_and_average", "code": reference_code("group_and_average")},
        )
        assert response.status_code == 200, response.text
        assert response.json()["verdict"] == "accepted"
        assert "<title>" in client.get("/").text
    assert (live_server.data_dir / "drill.db").is_file(), "SQLite under DRILL_DATA_DIR"


def test_an_oversized_declared_body_is_refused_before_it_is_sent(live_server) -> None:
    """Only headers go out: the 413 must come back without the server reading a body."""
    with socket.create_connection(("127.0.0.1", live_server.port), timeout=30) as sock:
        sock.sendall(
            b"POST /api/v1/submissions HTTP/1.1\r\n"
            b"Host: localhost\r\n"
            b"Content-Type: application/json\r\n"
            b"Content-Length: 1000000000\r\n\r\n"
        )
        reply = b""
        while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
            data = sock.recv(65536)
            if not data:
                break
            reply += data
    status_line, _, rest = reply.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 413"), reply
    assert b"1000000000 bytes" in rest


def test_a_submission_running_when_the_server_is_killed_is_graded_after_restart(
    data_dir: Path, tmp_path: Path
) -> None:
    server = LiveServer(data_dir, tmp_path / "server.log")
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            response = client.post(
                "/api/v1/submissions",
                json={"exercise_id": "group_and_average", "code": SLOW_BUT_CORRECT, "mode": "run"},
            )
            assert response.status_code == 202
            submission_id = response.json()["id"]
            wait_until(
                lambda: (
                    client.get(f"/api/v1/submissions/{submission_id}").json()["status"] == "running"
                ),
                60,
                "the submission to start running",
            )
        server.kill()

        server.start()
        with httpx.Client(base_url=server.url, timeout=30) as client:
            done = wait_until(
                lambda: (
                    (s := client.get(f"/api/v1/submissions/{submission_id}").json())["status"]
                    == "done"
                    and s
                ),
                90,
                f"the recovered submission to be graded\n{server.log()}",
            )
            assert done["verdict"] == "accepted", done
            assert client.get("/api/v1/health").json()["queue"]["running"] == 0
        assert "re-queued 1 unfinished submission" in server.log()
    finally:
        server.stop()
