"""`drill submit`: grade a file on a Drill server from a script or a CI job.

Exit codes as for `drill grade`: 0 only when the verdict is accepted, 1 for any other
verdict (or still unfinished), 2 for a usage or connection problem.
"""

import time

import httpx

from app.grading.render import render_report
from app.grading.result import GradeResult

POLL_S = 1.0
MAX_WAIT_S = 30  # the server's longest ?wait=


class ClientError(Exception):
    """The server could not be reached or refused the request; the message says why."""


def submit_file(
    *,
    server: str,
    key: str | None,
    exercise: str,
    code: str,
    mode: str,
    wait_forever: bool,
    timeout_s: float = 600.0,
) -> dict:
    """POST the code; wait up to 30 s on the server, then (with `wait_forever`) poll."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    body = {"exercise_id": exercise, "code": code, "mode": mode}
    base = server.rstrip("/")
    with httpx.Client(base_url=base, headers=headers, timeout=MAX_WAIT_S + 30) as http:
        try:
            response = http.post("/api/v1/submissions", json=body, params={"wait": MAX_WAIT_S})
            _raise_for(response)
            submission = response.json()
            deadline = time.monotonic() + timeout_s
            while wait_forever and submission["status"] != "done" and time.monotonic() < deadline:
                time.sleep(POLL_S)
                response = http.get(f"/api/v1/submissions/{submission['id']}")
                _raise_for(response)
                submission = response.json()
        except httpx.TransportError as exc:
            raise ClientError(f"cannot reach {server}: {exc}") from None
    return submission


def junit_of(server: str, key: str | None, submission_id: str) -> str:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        response = httpx.get(
            f"{server.rstrip('/')}/api/v1/submissions/{submission_id}/junit.xml",
            headers=headers,
            timeout=30,
        )
    except httpx.TransportError as exc:
        raise ClientError(f"cannot reach {server}: {exc}") from None
    _raise_for(response)
    return response.text


def as_table(submission: dict) -> str:
    if submission["status"] != "done":
        return f"submission {submission['id']} is still {submission['status']}"
    return render_report(GradeResult.model_validate(submission))


def _raise_for(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = response.text[:300]
    retry = response.headers.get("Retry-After")
    hint = f" (retry after {retry} s)" if retry else ""
    raise ClientError(f"the server answered {response.status_code}: {detail}{hint}")
