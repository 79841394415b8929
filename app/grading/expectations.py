"""What the reference solution produces for every test, computed once and cached.

The reference runs in a sandbox of its own, through the same harness and with the
same seed as submissions, so a test's expected value is exactly what the reference
returns for the inputs the submission will see. The result is kept in memory and
under DATA_DIR/expectations/, keyed by the exercise's digest and the harness's, so
editing either recomputes it.
"""

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.bank import Exercise
from app.grading.limits import limits_for
from app.grading.pool import current_pool
from app.settings import Settings
from sandbox import HARNESS_DIR, RunRequest, TestFile, run_in_sandbox


class ReferenceFailed(RuntimeError):
    """The reference solution did not run cleanly: the exercise is broken, not the submission."""


@dataclass(frozen=True)
class Expectation:
    name: str
    hidden: bool
    options: dict[str, Any]
    outcome: str
    value: Any = None
    exception: dict[str, Any] | None = None


def _harness_digest() -> str:
    h = hashlib.sha256()
    for path in sorted(HARNESS_DIR.glob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


HARNESS_DIGEST = _harness_digest()


def test_files(exercise: Exercise, include_hidden: bool) -> list[TestFile]:
    files = [TestFile("tests_public", exercise.public_tests_code, hidden=False)]
    if include_hidden:
        files.append(TestFile("tests_hidden", exercise.hidden_tests_code, hidden=True))
    return files


def seed_for(exercise: Exercise) -> int:
    return int(exercise.digest[:8], 16)


class ExpectationStore:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._cache: dict[str, list[Expectation]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _path(self, key: str) -> Path:
        return self.settings.data_dir / "expectations" / f"{key}.json"

    def get(self, exercise: Exercise) -> list[Expectation]:
        key = f"{exercise.id}-{exercise.digest}-{HARNESS_DIGEST}"
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self._cache:
                self._cache[key] = self._load(key) or self._compute(exercise, key)
            return self._cache[key]

    def _load(self, key: str) -> list[Expectation] | None:
        try:
            raw = json.loads(self._path(key).read_text(encoding="utf-8"))
            return [Expectation(**item) for item in raw]
        except (OSError, ValueError, TypeError):
            return None

    def _compute(self, exercise: Exercise, key: str) -> list[Expectation]:
        outcome = run_in_sandbox(
            RunRequest(
                code=exercise.reference_code,
                test_files=test_files(exercise, include_hidden=True),
                seed=seed_for(exercise),
                limits=limits_for(exercise, self.settings),
            ),
            current_pool(),
        )
        if not outcome.finished or outcome.report_problem:
            raise ReferenceFailed(
                f"the reference solution of {exercise.id!r} did not finish "
                f"(exit code {outcome.exit_code}): {outcome.stderr[-2000:]}"
            )
        expectations = []
        for event in outcome.events:
            if event["event"] in ("syntax_error", "import_error"):
                raise ReferenceFailed(f"the reference solution of {exercise.id!r}: {event}")
            if event["event"] != "result":
                continue
            if event["outcome"] not in ("returned", "raised"):
                raise ReferenceFailed(
                    f"{exercise.id!r} test {event['test']}: the reference could not be "
                    f"reported ({event['outcome']}): {event.get('exception')}"
                )
            expectations.append(
                Expectation(
                    name=event["test"],
                    hidden=bool(event["hidden"]),
                    options=event.get("options") or {},
                    outcome=event["outcome"],
                    value=event.get("value"),
                    exception=event.get("exception"),
                )
            )
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([e.__dict__ for e in expectations]), encoding="utf-8")
        tmp.replace(path)
        return expectations
