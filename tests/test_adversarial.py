"""Hostile submissions, kept as data in tests/adversarial/, graded in the real sandbox.

Each case file is a submission whose module docstring is a TOML header (format in
tests/adversarial/README.md). Every case runs twice: forked from the session's warm
zygote, and in a cold sandbox. For every case: the verdict is one the case allows and
never `accepted`; no secret (an environment variable of this process, a token in a
host file, a token in the data directory) shows up anywhere in the result; host files
and the repository's exercise banks and sources keep their content; strings the case
must or must not print are checked; a listener on the host's loopback never accepts a
connection; the zygote is still alive; and the same settings then grade a correct
solution as `accepted`. Separately, a correct solution graded while a CPU, process or
thread hog runs beside it on the same worker is still accepted, and a real `drill
serve` takes a batch of the worst cases at once and stays up, healthy and correct.
"""

import ast
import contextlib
import hashlib
import os
import secrets
import socket
import threading
import time
import tomllib
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from support import LiveServer, wait_until

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
OPTIONAL = {
    "mode", "secret_absent", "output_absent", "output_present", "after", "no_host_process",
    "host_listening",
}  # fmt: skip
# Trees a submission must not change: the banks (references, hidden tests) and the code
# of the server and of the sandbox (the harness is mounted into every run, read-only).
REPO_TREES = ("exercises", "tests/data/bank", "tests/adversarial/bank", "app", "sandbox")


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
    host_listening: tuple[str, ...] = ()


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
        host_listening=tuple(header.get("host_listening", ())),
    )


class Listener:
    """A TCP server on the host's 127.0.0.1 and ::1, one free port for both: what a case
    must not reach. Connections that open with `TOKEN` are the test's own (a host-side
    precheck); any other accepted connection is an intrusion."""

    TOKEN = secrets.token_hex(16).encode()

    def __init__(self) -> None:
        self.sockets = self._bind()
        self.port: int = self.sockets[0].getsockname()[1]
        self.intrusions: list[str] = []
        self.probes = 0
        self.changed = threading.Condition()
        for sock in self.sockets:
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    @staticmethod
    def _bind() -> list[socket.socket]:
        for _ in range(20):
            v4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            v4.bind(("127.0.0.1", 0))
            v6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
            try:
                v6.bind(("::1", v4.getsockname()[1]))
            except OSError:  # that port is taken on ::1: try another
                v4.close()
                v6.close()
                continue
            for sock in (v4, v6):
                sock.listen(16)
            return [v4, v6]
        raise RuntimeError("no port free on both 127.0.0.1 and ::1")

    def _serve(self, sock: socket.socket) -> None:
        while True:
            try:
                conn, peer = sock.accept()
            except OSError:
                return  # closed
            first = b""
            with conn, contextlib.suppress(OSError):
                conn.settimeout(2)
                while len(first) < len(self.TOKEN) and (more := conn.recv(len(self.TOKEN))):
                    first += more
            with self.changed:
                if first == self.TOKEN:
                    self.probes += 1
                else:
                    self.intrusions.append(f"{peer} sent {first!r}")
                self.changed.notify_all()

    def probe(self, address: tuple[str, int]) -> None:
        """Connect from the host as the test; returns once the listener has counted it,
        so every connection accepted before it has been counted too (per socket)."""
        with self.changed:
            seen = self.probes
        with socket.create_connection(address, timeout=5) as conn:
            conn.sendall(self.TOKEN)
        with self.changed:
            assert self.changed.wait_for(lambda: self.probes > seen, timeout=5), address

    def accepted_from_cases(self) -> list[str]:
        for host in ("127.0.0.1", "::1"):
            self.probe((host, self.port))
        with self.changed:
            return list(self.intrusions)

    def close(self) -> None:
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
            sock.close()


def parse_address(text: str) -> tuple[str, int]:
    """`127.0.0.1:6379` or `[::1]:6379`."""
    host, _, port = text.rpartition(":")
    return host.strip("[]"), int(port)


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under `root` (bytecode caches aside), by path in the repository, and a
    hash of its content."""
    digests = {}
    for path in sorted(root.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        content = hashlib.sha256(path.read_bytes()).hexdigest()
        digests[f"repository: {path.relative_to(REPO_ROOT)}"] = content
    return digests


class Host:
    """Files on the host side that no submission may read, change or follow a link to,
    and the port of a listener on the host's loopback that it must not reach."""

    def __init__(self, root: Path, api_port: int) -> None:
        self.api_port = api_port
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
        state["repository"] = sorted(os.listdir(REPO_ROOT))
        for tree in REPO_TREES:
            state.update(tree_digest(REPO_ROOT / tree))
        return state

    def substitute(self, code: str) -> str:
        for key, value in (
            ("{repo}", REPO_ROOT),
            ("{data_dir}", self.data_dir.resolve()),
            ("{host_dir}", self.dir.resolve()),
            ("{sentinel}", self.sentinel.resolve()),
            ("{api_port}", self.api_port),
        ):
            code = code.replace(key, str(value))
        return code


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    """Up and answering before any case runs (the host reaches it), closed at the end."""
    server = Listener()
    try:
        assert server.accepted_from_cases() == []
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory, listener: Listener) -> Host:
    return Host(tmp_path_factory.mktemp("adversarial"), listener.port)


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


def check_host_listening(case: Case, host: Host, listener: Listener) -> None:
    """A case about reaching a host service proves nothing if nothing listens there."""
    for text in case.host_listening:
        address = parse_address(host.substitute(text))
        try:
            if address[1] == listener.port:
                listener.probe(address)
            else:
                socket.create_connection(address, timeout=5).close()
        except OSError as exc:
            pytest.fail(
                f"{case.name}: nothing answers on {text} on the host ({exc}); "
                "the case would pass whether or not the sandbox can reach it"
            )


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
    listener: Listener,
    sandbox_kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = load_case(path)
    exercise = bank[case.exercise]
    monkeypatch.setenv("DRILL_TEST_SECRET", ENV_SECRET)
    check_host_listening(case, host, listener)
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
    now = host.snapshot()
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    assert changed == [], (
        f"{case.name} changed host files or the repository: {changed} "
        "(or someone edited the working tree while the test ran)"
    )
    intrusions = listener.accepted_from_cases()
    assert intrusions == [], f"{case.name}: the host's loopback listener accepted {intrusions}"
    for needle in case.no_host_process:
        assert wait_for_no_host_process(needle) == [], f"{case.name} left a process running"
    assert zygote_alive(sandbox_kind), f"{case.name} killed the warm zygote\n{report}"

    correct = grade_or_fail(exercise, exercise.reference_code, Mode.submit, settings)
    assert correct.verdict == Verdict.accepted, (
        f"after {case.name}, a correct solution was not accepted\n{render_report(correct)}"
    )


# Hogs that last until a limit stops them (a memory bomb is stopped within milliseconds).
HOGS = ["fork_bomb", "busy_loop_python", "thread_bomb_spinning"]


@pytest.mark.parametrize("hog", HOGS)
def test_a_hog_cannot_starve_a_correct_run_beside_it(
    hog: str, bank: dict[str, Exercise], settings: Settings, host: Host, sandbox_kind: str
) -> None:
    """While a fork bomb, a busy loop or as many busy threads as allowed run on a worker,
    correct solutions graded on the same worker at the same time are still accepted.

    The correct runs are graded one after another until the hog's grading returns, and
    at least one of them must lie wholly inside the time its sandbox was running; the
    only limit on their speed is their own wall-time limit."""
    case = load_case(CASES_DIR / f"{hog}.py")
    exercise = bank[case.exercise]
    warmed = grade_or_fail(exercise, exercise.reference_code, Mode.submit, settings)
    assert warmed.verdict == Verdict.accepted, render_report(warmed)  # expectations cached

    hogged: list[tuple[GradeResult, float]] = []

    def run_hog() -> None:
        result = grade_or_fail(exercise, host.substitute(case.code), case.mode, settings)
        hogged.append((result, time.monotonic()))

    thread = threading.Thread(target=run_hog, name=f"hog-{hog}")
    thread.start()
    beside: list[tuple[GradeResult, float, float]] = []
    try:
        while thread.is_alive() or not beside:
            started = time.monotonic()
            result = grade_or_fail(exercise, exercise.reference_code, Mode.submit, settings)
            beside.append((result, started, time.monotonic()))
            assert result.verdict == Verdict.accepted, (
                f"a correct solution graded beside {hog} was not accepted\n{render_report(result)}"
            )
    finally:
        thread.join(60)
    assert not thread.is_alive() and hogged, f"grading {hog} did not return"
    (hog_result, hog_ended) = hogged[0]
    # Its verdict is checked by test_hostile_submission; beside other runs on a loaded
    # machine, a hog may reach the wall-time limit before the CPU-time limit.
    assert hog_result.verdict != Verdict.accepted, render_report(hog_result)
    assert hog_result.timings.run_ms is not None
    hog_started = hog_ended - hog_result.timings.run_ms / 1000
    inside = [r for r, start, end in beside if hog_started <= start and end <= hog_ended]
    assert inside, (
        f"no correct run lay wholly inside {hog}'s run ({hog_result.timings.run_ms} ms); "
        f"{len(beside)} ran beside it"
    )
    assert zygote_alive(sandbox_kind)


# The nastiest cases for a server process: they kill, exhaust or flood what is near them.
SERVER_CASES = [
    "fork_bomb", "thread_bomb", "kill_every_process", "kill_parent", "killpg_own_group",
    "memory_bomb_python", "memory_bomb_torch", "stdout_100mb", "ctypes_segfault",
    "os_exit_before_tests", "fake_report_every_fd", "net_loopback_live_listener",
]  # fmt: skip


def test_the_api_server_survives_the_worst_cases_sent_at_once(
    tmp_path: Path, bank: dict[str, Exercise]
) -> None:
    """Through `drill serve` itself: one batch of the cases that kill, exhaust or flood
    what is near them, graded two at a time. The server stays up and healthy, no case is
    accepted or loses its submission, the listener case aims at the server's own port
    (and so gets nowhere), and the server then grades correct solutions as before."""
    test_banks = os.pathsep.join(str(root) for root in BANKS[1:])
    server = LiveServer(
        tmp_path / "data", tmp_path / "server.log",
        env={"DRILL_EXERCISE_PATH": test_banks, "DRILL_WORKERS": "2"},
    )  # fmt: skip
    server.start()
    try:
        cases = [load_case(CASES_DIR / f"{name}.py") for name in SERVER_CASES]
        items = [
            {
                "exercise_id": case.exercise,
                "mode": case.mode.value,
                "code": case.code.replace("{api_port}", str(server.port)),
            }
            for case in cases
        ]
        with httpx.Client(base_url=server.url, timeout=60) as client:
            response = client.post("/api/v1/submissions/batch", json={"submissions": items})
            assert response.status_code == 202, response.text
            ids = [s["id"] for s in response.json()["submissions"]]

            def all_done() -> list[dict] | None:
                got = client.get("/api/v1/submissions", params={"ids": ",".join(ids)}).json()
                return got if all(s["status"] == "done" for s in got) else None

            finished = wait_until(all_done, 600, "the hostile batch to be graded")
            for case, submission in zip(cases, finished, strict=True):
                shown = submission["stdout"] + submission["stderr"] + submission["message"]
                shown += "".join(t["message"] for t in submission["tests"])
                assert Verdict(submission["verdict"]) in case.expect_verdict, (case.name, shown)
                assert all(text in shown for text in case.output_present), (case.name, shown)
                assert not any(text in shown for text in case.output_absent), (case.name, shown)
            assert server.process is not None and server.process.poll() is None
            assert client.get("/api/v1/health").json()["status"] == "ok"
            for exercise_id in {case.exercise for case in cases}:
                response = client.post(
                    "/api/v1/submissions",
                    params={"wait": 30},
                    json={"exercise_id": exercise_id, "code": bank[exercise_id].reference_code},
                )
                assert response.json()["verdict"] == "accepted", response.text
    finally:
        server.stop()
    assert "Traceback" not in server.log(), server.log()
