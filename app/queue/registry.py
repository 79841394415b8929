"""Who is alive, in Redis: worker announcements, leases on submissions, completions.

A worker renews its announcement and a lease on each submission it is grading every
heartbeat; both expire after three silent heartbeats. The database says what is
unfinished, the registry says whether anyone is still working on it — the janitor
(app/queue/janitor.py) needs both to tell a slow grading from an orphaned one.
"""

import json
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import redis

WORKER_PREFIX = "drill:worker:"
LEASE_PREFIX = "drill:lease:"
FINISHED_CHANNEL = "drill:finished"


@dataclass(frozen=True)
class WorkerInfo:
    name: str
    hostname: str
    pid: int
    queues: list[str]
    device: str
    concurrency: int


class Registry:
    def __init__(self, client: redis.Redis, heartbeat_s: float) -> None:
        self.client = client
        self.ttl_ms = max(1000, math.ceil(3 * heartbeat_s * 1000))

    def announce(self, worker: WorkerInfo, grading: Iterable[str]) -> None:
        """One heartbeat: this worker is alive and still grading `grading`."""
        pipe = self.client.pipeline(transaction=False)
        pipe.set(WORKER_PREFIX + worker.name, json.dumps(asdict(worker)), px=self.ttl_ms)
        for submission_id in grading:
            pipe.set(LEASE_PREFIX + submission_id, worker.name, px=self.ttl_ms)
        pipe.execute()

    def forget(self, worker: WorkerInfo) -> None:
        self.client.delete(WORKER_PREFIX + worker.name)

    def hold(self, submission_id: str, worker: WorkerInfo) -> None:
        self.client.set(LEASE_PREFIX + submission_id, worker.name, px=self.ttl_ms)

    def release(self, submission_id: str) -> None:
        self.client.delete(LEASE_PREFIX + submission_id)

    def leased(self, submission_ids: list[str]) -> set[str]:
        if not submission_ids:
            return set()
        held = self.client.mget([LEASE_PREFIX + i for i in submission_ids])
        return {i for i, holder in zip(submission_ids, held, strict=True) if holder is not None}

    def live_workers(self) -> list[WorkerInfo]:
        keys = sorted(self.client.scan_iter(match=WORKER_PREFIX + "*", count=500))
        found = []
        for raw in self.client.mget(keys) if keys else []:
            if raw is not None:  # expired between the scan and the read
                found.append(WorkerInfo(**json.loads(raw)))
        return found

    def publish_finished(self, submission_id: str) -> None:
        self.client.publish(FINISHED_CHANNEL, submission_id)
