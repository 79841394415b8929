"""Keystroke to the other screen: how long an edit takes to reach the other editor.

Starts `drill serve`, creates a live session, connects a candidate and an interviewer
to the shared document over the real WebSocket endpoint (the y-websocket protocol, as
the browsers speak it), and times `--edits` single-character edits from the
candidate's socket until the interviewer's socket receives them. Loopback only.

    .venv/bin/python benchmarks/collab_latency.py [--edits 200]
"""

import argparse
import asyncio
import statistics
import time

import websockets
from live_server import live_server
from pycrdt import Doc, Text, create_update_message

TARGET_MS = 300


async def measure(base: str, session: dict, edits: int) -> list[float]:
    room = f"ws://{base}/api/v1/sessions/{session['id']}/doc/group_and_average"
    candidate = await websockets.connect(f"{room}?token={session['candidate_token']}")
    interviewer = await websockets.connect(f"{room}?token={session['interviewer_token']}")
    await asyncio.sleep(0.5)  # both joined; drain the opening sync messages
    for socket in (candidate, interviewer):
        while True:
            try:
                await asyncio.wait_for(socket.recv(), 0.2)
            except TimeoutError:
                break
    doc = Doc()
    doc["code"] = text = Text()
    updates: list[bytes] = []
    doc.observe(lambda event: updates.append(event.update))
    latencies = []
    for i in range(edits):
        text += "x" if i % 40 else "\n"
        started = time.perf_counter()
        await candidate.send(create_update_message(updates[-1]))
        while True:
            message = await asyncio.wait_for(interviewer.recv(), 5)
            if message[:2] == b"\x00\x02":  # a sync update: the keystroke arrived
                break
        latencies.append((time.perf_counter() - started) * 1000)
    await candidate.close()
    await interviewer.close()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    with live_server() as client:
        session = client.post(
            "/api/v1/sessions", json={"exercise_ids": ["group_and_average"], "duration_minutes": 5}
        ).json()
        base = str(client.base_url).removeprefix("http://").rstrip("/")
        latencies = asyncio.run(measure(base, session, args.edits))
    ordered = sorted(latencies)
    p95 = ordered[round(0.95 * (len(ordered) - 1))]
    print(f"{args.edits} single-character edits, candidate -> server -> interviewer, loopback")
    median = statistics.median(latencies)
    print(f"p50 {median:.2f} ms, p95 {p95:.2f} ms, max {max(latencies):.2f} ms"
          f" (target under {TARGET_MS} ms)")  # fmt: skip


if __name__ == "__main__":
    main()
