"""Hostile submissions, kept as data in tests/adversarial/, graded in the real sandbox.

Each case file is a submission whose module docstring is a TOML header (format in
tests/adversarial/README.md). Every case runs twice: forked from the session's warm
zygote, and in a cold sandbox. For every case: the verdict is one the case allows and
never `accepted`; no secret (an environment variable of this process, a token in a
host file, a token in the data directory) shows up anywhere in the result; host files
keep their content and mtime; strings the case must or must not print are checked; the
zygote is still alive; and the same settings then grade a correct solution as `accepted`.
"""

import ast
import os
import secrets
import time
import tomllib
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import app.grading.grader
from app.bank import Exercise, load_bank
from app.grading import GradeResult, Mode, Verdict, check_bank, grade, render_report
from app.grading.pool import current_pool
from app.settings import REPO_ROOT, Settings

CASES_DIR = Path(__file__).parent / "adversarial"
CASE_FILES = sorted(CASES_DIR.glob("*.py"))
BANKS = (REPO_ROOT / "exercises", Path(__file__).parent / "data" / "bank", CASES_DIR / "bank")
ENV_SECRET = secrets.token_hex(16)
# Set at import, before the session's warm zygote starts, so that the zygote inherits
# it as a server's zygote inherits the server's environment; each test sets it again.
os.environ["DRILL_TEST_SECRET"] = ENV_SECRET
HOST_SECRET = secrets.token_hex(16)
DATA_SECRET = secrets.token_hex(16)
DB_SECRET = secrets.token_hex(16)
REQUIRED = {"exercise", "expect_verdict", "must_not"}
OPTIONAL = {"mode", "secret_absent", "output_absent", "output_present", "after", "no_host_process"}


@dataclass(frozen=True)
class Case:
    name: str
    code: str
    exercise: str
    mode: Mode
    expect_verdict: frozenset[Verdict]
    must_not: str
    secret_absent: bool = True
    output_absent: tuple[str, ...] = ()
    output_present: tuple[str, ...] = ()
    after: str | None = None
    no_host_process: tuple[str, ...] = ()


def load_case(path: Path) -> Case:
    """Parse and strictly check one case file's header; raise ValueError naming the problem."""
    code = path.read_text(encoding="utf-8")
    docstring = ast.get_docstring(ast.parse(code), clean=False)
    if docstring is None:
        raise ValueError(f"{path.name}: no module docstring with the TOML header")
    try:
        header: dict[str, Any] = tomllib.loads(docstring)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path.name}: the header is not valid TOML: {exc}") from None
    missing, unknown = REQUIRED - header.keys(), header.keys() - REQUIRED - OPTIONAL
    if missing or unknown:
        raise ValueError(f"{path.name}: missing keys {sorted(missing)}, unknown {sorted(unknown)}")
    verdicts = frozenset(Verdict(v) for v in header["expect_verdict"])
    if not verdicts or Verdict.accepted in verdicts:
        raise ValueError(f"{path.name}: expect_verdict must be non-empty and never 'accepted'")
    after = header.get("after")
    if after is not None and not (CASES_DIR / f"{after}.py").is_file():
        raise ValueError(f"{path.name}: after = {after!r} names no case file")
    return Case(
        name=path.stem,
        code=code,
        exercise=header["exercise"],
        mode=Mode(header.get("mode", "submit")),
        expect_verdict=verdicts,
        must_not=str(header["must_not"]),
        secret_absent=bool(header.get("secret_absent", True)),
        output_absent=tuple(header.get("output_absent", ())),
        output_present=tuple(header.get("output_present", ())),
        after=after,
        no_host_process=tuple(header.get("no_host_process", ())),
    )


class Host:
    """Files on the host side that no submission may read, change or follow a link to."""

    def __init__(self, root: Path) -> None:
        self.dir = root / "host"
        self.data_dir = root / "data"
        self.dir.mkdir()
        self.data_dir.mkdir()
        self.sentinel = self.dir / "sentinel.txt"
        self.sentinel.write_text("sentinel: must never change\n", encoding="utf-8")
        (self.dir / "host_secret.txt").write_text(HOST_SECRET, encoding="utf-8")
        (self.data_dir / "secret.txt").write_text(DATA_SECRET, encoding="utf-8")
        (self.data_dir / "drill.db").write_bytes(b"SQLite format 3\0" + DB_SECRET.encode())
        self.watched = [
            self.sentinel,
            self.dir / "host_secret.txt",
            self.data_dir / "secret.txt",
            self.data_dir / "drill.db",
            Path("/etc/passwd"),
        ]

    def snapshot(self) -> dict[str, Any]:
        state: dict[str, Any] = {
            str(path): (path.read_bytes(), path.stat().st_mtime_ns, path.is_symlink())
            for path in self.watched
        }
        state["host dir"] = sorted(os.listdir(self.dir))
        state["data dir"] = sorted(n for n in os.listdir(self.data_dir) if n != "expectations")
        return state

    def substitute(self, code: str) -> str:
        for key, value in (
            ("{repo}", REPO_ROOT),
            ("{data_dir}", self.data_dir.resolve()),
            ("{host_dir}", self.dir.resolve()),
            ("{sentinel}", self.sentinel.resolve()),
        ):
            code = code.replace(key, str(value))
        return code


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Host:
    return Host(tmp_path_factory.mktemp("adversarial"))


@pytest.fixture(scope="module")
def settings(host: Host) -> Settings:
    """Tight limits for the real bank (torch costs ~2 s of CPU to import); the test
    exercises carry their own, tighter, [limits]."""
    return Settings(
        exercises_dir=REPO_ROOT / "exercises",
        data_dir=host.data_dir,
        database_url=None,
        wall_time_s=15,  # a cold run imports torch: slow when the machine is loaded
        cpu_time_s=5,
        memory_mb=768,
    )


@pytest.fixture(scope="module")
def bank() -> dict[str, Exercise]:
    merged: dict[str, Exercise] = {}
    for root in BANKS:
        for exercise_id, exercise in load_bank(root).items():
            assert exercise_id not in merged, f"exercise id {exercise_id} is in two banks"
            merged[exercise_id] = exercise
    return merged


@pytest.fixture(params=["warm", "cold"])
def sandbox_kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """`warm`: forked from the session's zygote (tests/conftest.py); `cold`: no pool."""
    if request.param == "cold":
        monkeypatch.setattr(app.grading.grader, "current_pool", lambda: None)
    else:
        pool = current_pool()
        assert pool is not None and pool.wait_ready(), "the warm pool is not running"
    return request.param


def zygote_alive(kind: str) -> bool:
    pool = current_pool()
    return kind == "cold" or (pool is not None and pool.ready)


def grade_or_fail(exercise: Exercise, code: str, mode: Mode, settings: Settings) -> GradeResult:
    try:
        return grade(exercise, code, mode, settings)
    except Exception:
        pytest.fail(f"grade() raised instead of returning a verdict:\n{traceback.format_exc()}")


def everything_shown(result: GradeResult) -> str:
    """All text a client would see: stdout, stderr and every message."""
    parts = [result.stdout, result.stderr, result.message]
    parts += [test.message for test in result.tests]
    return "\n".join(parts)


def host_processes_matching(needle: str) -> list[str]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if needle.encode() in cmdline:
            found.append(f"{pid}: {cmdline.decode(errors='replace')}")
    return found


def wait_for_no_host_process(needle: str, timeout: float = 5.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while (found := host_processes_matching(needle)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return found


def test_corpus_is_large_and_every_header_is_valid() -> None:
    cases = [load_case(path) for path in CASE_FILES]
    assert len(cases) >= 30
    assert all(case.must_not.strip() for case in cases)


def test_hostile_test_bank_is_valid(settings: Settings) -> None:
    """The reference of tests/adversarial/bank passes its tests; starter and mutants fail."""
    problems = check_bank(load_bank(CASES_DIR / "bank"), settings)
    assert problems == []


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_hostile_submission(
    path: Path,
    bank: dict[str, Exercise],
    settings: Settings,
    host: Host,
    sandbox_kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = load_case(path)
    exercise = bank[case.exercise]
    monkeypatch.setenv("DRILL_TEST_SECRET", ENV_SECRET)
    before = host.snapshot()

    if case.after is not None:
        first = load_case(CASES_DIR / f"{case.after}.py")
        earlier = grade_or_fail(
            bank[first.exercise], host.substitute(first.code), first.mode, settings
        )
        assert earlier.verdict != Verdict.accepted, render_report(earlier)

    result = grade_or_fail(exercise, host.substitute(case.code), case.mode, settings)
    report = render_report(result)
    why = f"{case.name} must not {case.must_not}\n{report}"
    assert result.verdict != Verdict.accepted, why
    assert result.verdict in case.expect_verdict, why

    shown = everything_shown(result)
    if case.secret_absent:
        dumped = result.model_dump_json()
        for label, token in (
            ("the server's environment variable DRILL_TEST_SECRET", ENV_SECRET),
            ("a host file outside the data dir", HOST_SECRET),
            ("a file in the data dir", DATA_SECRET),
            ("the database file", DB_SECRET),
        ):
            assert token not in dumped, f"{case.name}: {label} leaked into the result\n{report}"
    for text in case.output_absent:
        assert text not in shown, f"{case.name}: {text!r} shown: must not {case.must_not}\n{report}"
    for text in case.output_present:
        assert text in shown, f"{case.name}: {text!r} missing (did the probe run?)\n{report}"
    assert host.snapshot() == before, f"{case.name} changed a host file"
    for needle in case.no_host_process:
        assert wait_for_no_host_process(needle) == [], f"{case.name} left a process running"
    assert zygote_alive(sandbox_kind), f"{case.name} killed the warm zygote\n{report}"

    correct = grade_or_fail(exercise, exercise.reference_code, Mode.submit, settings)
    assert correct.verdict == Verdict.accepted, (
        f"after {case.name}, a correct solution was not accepted\n{render_report(correct)}"
    )
