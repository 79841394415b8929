"""The Celery transport end to end: a private redis-server, real `drill worker`
processes, a real `drill serve`, PostgreSQL shared by all of them."""

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import redis
from support import LiveServer, RedisServer, WorkerProcess, wait_until

from app.queue.registry import FINISHED_CHANNEL

DEMO_BANK = Path(__file__).parent / "data" / "bank"
CORRECT = (DEMO_BANK / "demo_sum" / "reference.py").read_text()
# Correct, but slow enough to be caught in the middle of its grading.
SLOW = "import time\ntime.sleep({})\n" + CORRECT


class Cluster:
    """Redis, an API and any number of workers, sharing one PostgreSQL database."""

    def __init__(self, tmp_path: Path, database_url: str, **env: str) -> None:
        self.tmp_path = tmp_path
        appendonly = env.pop("appendonly", "yes") == "yes"
        self.redis = RedisServer(tmp_path / "redis", appendonly=appendonly)
        self.redis.start()
        self.env = {
            "DRILL_REDIS_URL": self.redis.url,
            "DRILL_DATABASE_URL": database_url,
            "DRILL_DATA_DIR": str(tmp_path / "data"),
            "DRILL_EXERCISE_PATH": str(env.pop("bank", DEMO_BANK)),
            "DRILL_HEARTBEAT_S": "0.5",
            **env,
        }
        self.api = LiveServer(tmp_path / "data", tmp_path / "api.log", env=self.env)
        self.workers: list[WorkerProcess] = []
        self.client = httpx.Client(timeout=60)

    def start_worker(self, queues: str = "cpu", concurrency: int = 2) -> WorkerProcess:
        log = self.tmp_path / f"worker{len(self.workers)}.log"
        worker = WorkerProcess(self.env, log, queues=queues, concurrency=concurrency)
        worker.start()
        self.workers.append(worker)
        wait_until(lambda: self._alive(worker), 60, f"worker to announce itself\n{worker.log()}")
        return worker

    def _alive(self, worker: WorkerProcess) -> bool:
        assert worker.process is not None
        if worker.process.poll() is not None:
            pytest.fail(f"drill worker exited with {worker.process.returncode}:\n{worker.log()}")
        live = self.health()["queue"]["live_workers"]
        return any(w["name"].endswith(f":{worker.process.pid}") for w in live)

    def health(self) -> dict:
        return self.client.get(f"{self.api.url}/api/v1/health").json()

    def submit(self, code: str = CORRECT, wait: float | None = None, **body: str) -> httpx.Response:
        params = {} if wait is None else {"wait": wait}
        payload = {"exercise_id": "demo_sum", "code": code, "mode": "submit", **body}
        return self.client.post(f"{self.api.url}/api/v1/submissions", json=payload, params=params)

    def get(self, submission_id: str) -> dict:
        return self.client.get(f"{self.api.url}/api/v1/submissions/{submission_id}").json()

    def all_done(self, ids: list[str]) -> bool:
        return all(self.get(i)["status"] == "done" for i in ids)

    def stop(self) -> None:
        self.client.close()
        for worker in self.workers:
            worker.stop()
        self.api.stop()
        self.redis.stop()


@pytest.fixture
def cluster(tmp_path: Path, postgres_url: str) -> Iterator[Callable[..., Cluster]]:
    made: list[Cluster] = []

    def make(**env: str) -> Cluster:
        started = Cluster(tmp_path, postgres_url, **env)
        made.append(started)
        started.api.start()
        return started

    yield make
    for started in made:
        started.stop()


class FinishedCounter:
    """Counts the completions workers publish, per submission."""

    def __init__(self, url: str) -> None:
        self.counts: dict[str, int] = {}
        self.pubsub = redis.Redis.from_url(url).pubsub(ignore_subscribe_messages=True)
        self.pubsub.subscribe(FINISHED_CHANNEL)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.running = True
        self.thread.start()

    def _run(self) -> None:
        while self.running:
            message = self.pubsub.get_message(timeout=0.2)
            if message is not None:
                key = message["data"].decode()
                self.counts[key] = self.counts.get(key, 0) + 1

    def close(self) -> None:
        self.running = False
        self.thread.join(timeout=5)


def test_a_submission_is_graded_by_a_worker_and_health_shows_it(cluster) -> None:
    c = cluster()
    c.start_worker(concurrency=3)
    response = c.submit(wait=30)
    assert response.status_code == 200, response.text
    assert response.json()["verdict"] == "accepted"
    queue = c.health()["queue"]
    assert (queue["kind"], queue["broker"], queue["workers"]) == ("celery", "ok", 3)
    (worker,) = queue["live_workers"]
    assert (worker["queues"], worker["device"], worker["concurrency"]) == (["cpu"], "cpu", 3)
    assert queue["broker_messages"] == {"cpu": 0, "gpu": 0}
    metrics = c.client.get(f"{c.api.url}/metrics").text
    assert 'drill_submissions_total{verdict="accepted"} 1.0' in metrics
    assert "drill_queue_wait_seconds_count 1.0" in metrics
    assert "drill_grading_seconds_count 1.0" in metrics
    assert "drill_workers 3.0" in metrics
    assert f"[submission {response.json()['id']}] graded submit demo_sum" in c.workers[0].log()


def test_a_worker_killed_mid_grading_is_replaced_and_the_submission_ends_once(cluster) -> None:
    c = cluster()
    first = c.start_worker(concurrency=1)
    finished = FinishedCounter(c.redis.url)
    submission = c.submit(SLOW.format(4)).json()
    wait_until(lambda: c.get(submission["id"])["status"] == "running", 60, "grading to start")
    first.kill()
    c.start_worker(concurrency=1)
    wait_until(lambda: c.all_done([submission["id"]]), 90, "the submission to finish")
    time.sleep(1.0)  # a duplicate completion would arrive about now
    finished.close()
    done = c.get(submission["id"])
    assert done["verdict"] == "accepted"
    assert finished.counts == {submission["id"]: 1}


def test_redis_restarting_without_its_log_during_a_burst_loses_nothing(cluster) -> None:
    c = cluster(appendonly="no")
    c.start_worker(concurrency=2)
    ids = [c.submit(SLOW.format(0.2)).json()["id"] for _ in range(15)]
    c.redis.stop()  # every message still waiting in Redis is gone with it
    during = [c.submit().json()["id"] for _ in range(3)]  # accepted, stored, not sent
    c.redis.start()
    ids += during + [c.submit().json()["id"] for _ in range(5)]
    wait_until(lambda: c.all_done(ids), 120, "every submission to finish")
    assert {c.get(i)["verdict"] for i in ids} == {"accepted"}


def test_a_burst_of_200_across_two_workers_all_finish(cluster) -> None:
    c = cluster()
    c.start_worker(concurrency=2)
    c.start_worker(concurrency=2)
    ids = [c.submit().json()["id"] for _ in range(200)]
    wait_until(lambda: c.all_done(ids), 300, "200 submissions to finish")
    verdicts = [c.get(i)["verdict"] for i in ids]
    assert verdicts == ["accepted"] * 200


def test_over_the_queue_cap_the_api_answers_503_and_stores_nothing(cluster) -> None:
    c = cluster(DRILL_MAX_QUEUE_DEPTH="3")  # no worker: everything stays queued
    accepted = [c.submit() for _ in range(3)]
    assert [r.status_code for r in accepted] == [202, 202, 202]
    refused = c.submit()
    assert refused.status_code == 503
    assert refused.headers["Retry-After"] == "10"
    assert "DRILL_MAX_QUEUE_DEPTH=3" in refused.json()["detail"]
    assert c.health()["queue"]["queued"] == 3


def test_a_gpu_exercise_without_a_gpu_worker_is_refused_clearly(cluster, tmp_path: Path) -> None:
    bank = tmp_path / "gpu_bank"
    shutil.copytree(DEMO_BANK / "demo_sum", bank / "gpu_sum")
    toml = bank / "gpu_sum" / "exercise.toml"
    toml.write_text(toml.read_text().replace("[limits]", "needs_gpu = true\n\n[limits]"))
    c = cluster(bank=f"{DEMO_BANK}:{bank}")
    c.start_worker(queues="cpu")
    refused = c.submit(exercise_id="gpu_sum")
    assert refused.status_code == 503
    assert "needs a GPU and no GPU worker is running" in refused.json()["detail"]
    assert c.submit().status_code == 202  # CPU exercises are still taken


def test_a_message_delivered_twice_is_graded_once(cluster) -> None:
    from app.queue.celery_queue import TASK_NAME, make_celery
    from app.settings import Settings

    c = cluster()
    finished = FinishedCounter(c.redis.url)
    submission = c.submit(SLOW.format(1)).json()
    sender = make_celery(Settings(redis_url=c.redis.url))
    sender.send_task(TASK_NAME, args=[submission["id"]], task_id=submission["id"], queue="cpu")
    c.start_worker(concurrency=2)  # both copies are there for it to take
    wait_until(lambda: c.all_done([submission["id"]]), 60, "the submission to finish")
    time.sleep(2.0)
    finished.close()
    assert c.get(submission["id"])["verdict"] == "accepted"
    assert finished.counts == {submission["id"]: 1}


def test_past_the_hard_limit_a_grading_ends_internal_error_once(cluster) -> None:
    c = cluster(DRILL_TASK_TIME_LIMIT_S="2", DRILL_VISIBILITY_TIMEOUT_S="60")
    c.start_worker(concurrency=1)
    finished = FinishedCounter(c.redis.url)
    submission = c.submit(SLOW.format(6)).json()
    wait_until(lambda: c.all_done([submission["id"]]), 60, "the hard limit to end it")
    done = c.get(submission["id"])
    assert done["verdict"] == "internal_error"
    assert "hard limit of 2 s" in done["message"]
    time.sleep(7)  # the abandoned grading finishes meanwhile and must not store a result
    finished.close()
    assert c.get(submission["id"]) == done
    assert finished.counts == {submission["id"]: 1}
