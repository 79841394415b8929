"""Prometheus metrics at /metrics.

Counts come from the database at scrape time (submissions by verdict, queued and
running), so they are right whichever process graded and survive restarts; the
worker count comes from the queue. The two latency histograms are observed by this
API process as it hears of each finished submission (from its own threads, or from
the workers' Redis channel), so they cover what finished while it was up.
"""

import logging

from fastapi import Request, Response
from fastapi.concurrency import run_in_threadpool
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.db import repository
from app.db.models import SubmissionStatus
from app.queue import GradingQueue

log = logging.getLogger(__name__)

BUCKETS_S = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)


class Metrics:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory
        self.queue: GradingQueue | None = None
        self.registry = CollectorRegistry()
        self.queue_wait = Histogram(
            "drill_queue_wait_seconds",
            "From accepted to a worker starting to grade it.",
            buckets=BUCKETS_S,
            registry=self.registry,
        )
        self.grading = Histogram(
            "drill_grading_seconds",
            "From a worker starting to grade a submission to its stored result.",
            buckets=BUCKETS_S,
            registry=self.registry,
        )
        self.registry.register(_StateCollector(self))

    def observe_finished(self, submission_id: str) -> None:
        try:
            with self.session_factory() as session:
                row = repository.get_submission(session, submission_id)
                if row is None or row.started_at is None or row.finished_at is None:
                    return
                wait = (row.started_at - row.created_at).total_seconds()
                graded = (row.finished_at - row.started_at).total_seconds()
        except SQLAlchemyError:
            log.warning("metrics: could not read submission %s", submission_id)
            return
        self.queue_wait.observe(max(wait, 0.0))
        self.grading.observe(max(graded, 0.0))


class _StateCollector(Collector):
    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def collect(self):  # type: ignore[no-untyped-def]
        try:
            with self.metrics.session_factory() as session:
                verdicts = repository.count_by_verdict(session)
                states = repository.count_by_status(session)
        except SQLAlchemyError:
            log.warning("metrics: database unreachable")
            return
        submissions = CounterMetricFamily(
            "drill_submissions", "Finished submissions by verdict.", labels=["verdict"]
        )
        for verdict, count in sorted(verdicts.items()):
            submissions.add_metric([verdict], count)
        yield submissions
        depth = GaugeMetricFamily(
            "drill_queue_depth", "Submissions accepted and not finished.", labels=["status"]
        )
        for status in (SubmissionStatus.queued, SubmissionStatus.running):
            depth.add_metric([status.value], states[status])
        yield depth
        queue = self.metrics.queue
        if queue is not None:
            yield GaugeMetricFamily(
                "drill_workers", "Gradings that can run at once (live workers).", queue.workers
            )


async def metrics_endpoint(request: Request) -> Response:
    metrics: Metrics = request.app.state.metrics
    body = await run_in_threadpool(generate_latest, metrics.registry)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
