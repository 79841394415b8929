"""Delivers each finished submission to its callback, signed, retried with backoff.

The body is the submission's JSON; `X-Drill-Signature: sha256=<hex>` is the HMAC-SHA256
of exactly those bytes under DRILL_WEBHOOK_SECRET. A 2xx answer is a delivery; anything
else is retried after 1, 4, 15 and 60 s, and then the delivery is `failed`. Redirects are
not followed. The state is stored, so `GET /submissions/{id}` shows it, and deliveries
still pending when the API stops are resumed when it starts.
"""

import hashlib
import hmac
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.api.schemas import SubmissionOut
from app.db import repository
from app.db.models import SubmissionStatus, WebhookDelivery, utc_now
from app.webhooks.targets import BadTarget, check_target

log = logging.getLogger(__name__)

BACKOFF_S = (1, 4, 15, 60)
TIMEOUT_S = 5.0


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookSender:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        secret: str | None,
        allow_private: bool,
        backoff_s: tuple[float, ...] | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._secret = secret
        self._allow_private = allow_private
        self._backoff = BACKOFF_S if backoff_s is None else backoff_s
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="drill-webhook")
        self._stop = threading.Event()

    def resume(self) -> None:
        """Deliveries a stopped API left pending, for submissions that are done."""
        with self._session_factory() as db:
            pending = db.scalars(
                select(WebhookDelivery.submission_id).where(WebhookDelivery.status == "pending")
            ).all()
        for submission_id in pending:
            self.finished(submission_id)

    def finished(self, submission_id: str) -> None:
        self._pool.submit(self._deliver, submission_id)

    def stop(self) -> None:
        self._stop.set()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _deliver(self, submission_id: str) -> None:
        with self._session_factory() as db:
            delivery = db.get(WebhookDelivery, submission_id)
            row = repository.get_submission(db, submission_id)
            if delivery is None or delivery.status != "pending" or row is None:
                return
            if row.status != SubmissionStatus.done:
                return
            url, attempts = delivery.url, delivery.attempts
            body = SubmissionOut.of(row).model_dump_json().encode()
        error: str | None = "never attempted"
        for wait in (0, *self._backoff)[attempts:]:
            if self._stop.wait(wait):
                return
            error = self._attempt(url, body)
            attempts += 1
            self._record(submission_id, attempts, error)
            if error is None:
                return
        self._record(submission_id, attempts, f"gave up; last attempt: {error}", failed=True)

    def _attempt(self, url: str, body: bytes) -> str | None:
        if self._secret is None:
            return "DRILL_WEBHOOK_SECRET is not set"
        try:
            check_target(url, self._allow_private)
            response = httpx.post(
                url,
                content=body,
                timeout=TIMEOUT_S,
                follow_redirects=False,
                headers={
                    "Content-Type": "application/json",
                    "User-Agent": "drill-webhook/1",
                    "X-Drill-Signature": signature(self._secret, body),
                    "X-Drill-Delivery-Time": str(int(time.time())),
                },
            )
        except (BadTarget, httpx.HTTPError) as exc:
            return f"{type(exc).__name__}: {exc}"[:500]
        if 200 <= response.status_code < 300:
            return None
        return f"answered {response.status_code}"

    def _record(
        self, submission_id: str, attempts: int, error: str | None, failed: bool = False
    ) -> None:
        with self._session_factory.begin() as db:
            delivery = db.get(WebhookDelivery, submission_id)
            if delivery is None:
                return
            delivery.attempts = attempts
            if error is None:
                delivery.status, delivery.delivered_at, delivery.last_error = (
                    "delivered", utc_now(), ""
                )  # fmt: skip
            else:
                delivery.last_error = error
                if failed:
                    delivery.status = "failed"
        if error is not None:
            log.warning("webhook for %s: attempt %d: %s", submission_id, attempts, error)
