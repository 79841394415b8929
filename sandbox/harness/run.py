"""Sandbox entry point: load the tests, import the submission, call every test.

Usage (inside a cold sandbox): python -I run.py JOB_JSON REPORT_FD; the warm
pool's zygote calls `run_job` in a freshly isolated child instead.

Writes one JSON event per line to REPORT_FD: `start` before each test, so the host
knows which test was running if the process dies, then `result`, and `done` at
the end. The host treats the report as untrusted data.
"""

import contextlib
import io
import json
import linecache
import os
import random
import sys
import time
import traceback
import types
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench
from encode import Budget, encode

SOLUTION_FILE = "solution.py"
MAX_TEST_STDOUT = 8 * 1024
MAX_MESSAGE = 2000
MEMORY_MARKERS = ("can't allocate memory", "out of memory", "cannot allocate memory")


class Tee(io.TextIOBase):
    """Keeps a capped copy of one test's prints while still passing them to stdout."""

    def __init__(self, target: Any) -> None:
        self.target = target
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        if self.size < MAX_TEST_STDOUT:
            self.parts.append(text[: MAX_TEST_STDOUT - self.size])
            self.size += len(text)
        return self.target.write(text)

    def flush(self) -> None:
        self.target.flush()

    def value(self) -> str:
        return "".join(self.parts)


def user_traceback(exc: BaseException) -> str:
    """The traceback restricted to frames in the submission, plus the exception line."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == SOLUTION_FILE]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)[-8000:]


def describe_exception(exc: BaseException) -> dict[str, Any]:
    try:
        message = str(exc)[:MAX_MESSAGE]
    except BaseException:
        message = "<exception message could not be rendered>"
    memory = isinstance(exc, MemoryError) or any(m in message.lower() for m in MEMORY_MARKERS)
    return {
        "type": type(exc).__name__,
        "mro": [c.__name__ for c in type(exc).__mro__],
        "message": message,
        "traceback": user_traceback(exc),
        "memory": memory,
        # EFBIG, ENOSPC, EAGAIN: the trusted side tells the file-size, scratch and
        # process limits apart by it (the message's wording is the OS's, not ours).
        "errno": exc.errno if isinstance(exc, OSError) and isinstance(exc.errno, int) else None,
    }


def seed_everything(seed: int) -> None:
    random.seed(seed)
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed(seed % 2**32)
    torch = sys.modules.get("torch")
    if torch is not None:
        # torch.manual_seed would also queue seeds for every lazily initialised
        # accelerator, formatting a stack trace each time (~0.5 ms a test); seed the
        # CPU generator, and CUDA's only where a context exists (GPU workers).
        torch.default_generator.manual_seed(seed)
        if torch.cuda.is_initialized():
            torch.cuda.manual_seed_all(seed)


def load_tests(name: str, source: str, hidden: bool) -> list[tuple[str, Any, bool]]:
    module = types.ModuleType(name)
    module.__file__ = f"{name}.py"
    exec(compile(source, f"{name}.py", "exec"), module.__dict__)
    return [
        (test, fn, hidden)
        for test, fn in vars(module).items()
        if test.startswith("test_") and callable(fn)
    ]


def import_solution(text: str, emit: Any) -> types.ModuleType | None:
    try:
        source = text.encode("utf-8")
        code = compile(source, SOLUTION_FILE, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:  # UnicodeEncodeError is a ValueError
        emit(
            {
                "event": "syntax_error",
                "line": getattr(exc, "lineno", None),
                "offset": getattr(exc, "offset", None),
                "message": getattr(exc, "msg", str(exc)),
                "text": (getattr(exc, "text", None) or "").rstrip("\n")[:500],
            }
        )
        return None
    linecache.cache[SOLUTION_FILE] = (len(text), None, text.splitlines(True), SOLUTION_FILE)
    module = types.ModuleType("solution")
    module.__file__ = SOLUTION_FILE
    sys.modules["solution"] = module
    started = time.perf_counter()
    try:
        exec(code, module.__dict__)
    except BaseException as exc:
        emit({"event": "import_error", "exception": describe_exception(exc)})
        return None
    emit({"event": "imported", "duration_ms": (time.perf_counter() - started) * 1000})
    return module


def run_test(name: str, fn: Any, hidden: bool, module: Any, job: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {"event": "result", "test": name, "hidden": hidden}
    result["options"] = getattr(fn, "__drill_compare__", {})
    params = fn.__code__.co_varnames[: fn.__code__.co_argcount]
    missing = [p for p in params if not hasattr(module, p)]
    if missing:
        result.update(outcome="missing", missing=missing, duration_ms=0.0)
        return result
    kwargs = {p: getattr(module, p) for p in params}
    seed_everything(job["seed"])
    tee = Tee(sys.stdout)
    started = time.perf_counter()
    try:
        with contextlib.redirect_stdout(tee):
            value = fn(**kwargs)
        duration = (time.perf_counter() - started) * 1000
        result.update(outcome="returned", value=encode(value, Budget(job["max_value_bytes"])))
    except BaseException as exc:
        duration = (time.perf_counter() - started) * 1000
        result.update(outcome="raised", exception=describe_exception(exc))
    result.update(duration_ms=duration, stdout=tee.value())
    return result


def warm_up() -> None:
    """Pay, once and before any run, the first-call costs every run would pay otherwise:
    NumPy's legacy RandomState (~18 ms) and torch's first optimizer step, which imports
    torch._dynamo (~2 s). Tiny tensors only: no intra-op threads are started."""
    seed_everything(0)
    torch = sys.modules.get("torch")
    if torch is not None:
        weight = torch.zeros(2, requires_grad=True)
        optimizer = torch.optim.SGD([weight], lr=0.1)
        (weight * 2).sum().backward()
        optimizer.step()
        seed_everything(0)


def select_device() -> str:
    """On a GPU worker (DRILL_DEVICE=cuda) tensors the tests create land on the GPU, for
    the reference's run and the submission's alike; elsewhere they stay on the CPU."""
    torch = sys.modules.get("torch")
    if torch is None or os.environ.get("DRILL_DEVICE") != "cuda" or not torch.cuda.is_available():
        return "cpu"
    torch.set_default_device("cuda")
    return "cuda"


def run_job(job: dict[str, Any], report_fd: int) -> None:
    """Load the tests, import the submission, run every test; then exit the process."""
    report = os.fdopen(report_fd, "w", buffering=1, encoding="utf-8")
    os.set_inheritable(report_fd, False)

    def emit(event: dict[str, Any]) -> None:
        report.write(json.dumps(event) + "\n")
        report.flush()

    torch = sys.modules.get("torch")
    if torch is not None and "limits" in job:
        torch.set_num_threads(int(job["limits"].get("threads", 1)))
    device = select_device()
    if "benchmark" in job:
        bench.run_benchmark(job, report_fd, emit, device)
        finish(emit, report_fd)
    # Tests are loaded before the submission runs a single line.
    tests = [t for name, code, hidden in job["test_files"] for t in load_tests(name, code, hidden)]
    listed = [[name, hidden] for name, _, hidden in tests]
    emit({"event": "loaded", "tests": listed, "device": device})
    module = import_solution(job["solution"], emit)
    if module is not None:
        for name, fn, hidden in tests:
            emit({"event": "start", "test": name})
            try:
                event = run_test(name, fn, hidden, module, job)
            except BaseException as exc:  # encoding failed: report it as the test's error
                event = {
                    "event": "result",
                    "test": name,
                    "hidden": hidden,
                    "options": {},
                    "outcome": "unreportable",
                    "exception": describe_exception(exc),
                    "duration_ms": 0.0,
                }
            emit(event)
    finish(emit, report_fd)


def finish(emit: Any, report_fd: int) -> None:
    """Say `done`, close the pipes and exit without tearing the interpreter down."""
    emit({"event": "done"})
    sys.stdout.flush()
    sys.stderr.flush()
    # Close the pipes before exiting: tearing down an address space the size of torch's
    # takes milliseconds, and the host need not wait for it to read the result.
    for fd in (1, 2, report_fd):
        with contextlib.suppress(OSError):
            os.close(fd)
    os._exit(0)


def main() -> None:
    """A cold run: the job arrives on stdin, read whole before any submission code."""
    report_fd = int(sys.argv[1])
    job = json.loads(sys.stdin.buffer.read())
    run_job(job, report_fd)


if __name__ == "__main__":
    main()
