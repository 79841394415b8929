"""Benchmarks inside the sandbox: the reference and the submission take turns, in two processes.

The process that runs this module (the *timer*) holds the report pipe and the exercise's
reference. Before it loads the reference it starts a second process, the *contestant*,
which closes the report pipe, loads the submission and then only answers commands on
two pipes: `prepare` (build the next inputs, untimed), `go` (call the entry point on
them), `sample` (a few values of the last result, for the correctness check) and `quit`.

Why two processes: the submission cannot call, patch or slow the reference it is
compared with, cannot write a benchmark event (it has no report pipe), and cannot read
the timer's memory (the timer is not dumpable; ptrace and process_vm_readv are denied
by seccomp). Why the timer times the contestant from outside: a clock read in the
submission's own process could be patched; the timer's clocks were bound before any
submission code existed in the sandbox, and the contestant's only say is when it
answers. The timer also enforces the time budget: a contestant that has not answered
by the deadline is killed, and the benchmark is reported as stopped.

Everything the timer learns goes to the report as raw per-repetition times and value
samples; medians, ratios and verdicts are computed on the trusted side.
"""

import contextlib
import ctypes
import json
import math
import os
import random
import select
import signal
import subprocess
import sys
import time
import types
from typing import Any

_now = time.perf_counter_ns  # bound before any submission code exists in this sandbox

SAMPLE_POINTS = 64
TARGET_SAMPLE_NS = 20_000_000  # each timed sample lasts at least this long: tiny calls repeat
MAX_CALLS_PER_SAMPLE = 2000
MAX_SAMPLE_INPUT_BYTES = 64 * 1024 * 1024
MIN_REPETITIONS = 5
MAX_REPETITIONS = 31
CALIBRATION_ROUNDS = 15
MAX_REPLY_BYTES = 4 * 1024 * 1024
STARTUP_TIMEOUT_S = 60.0
MAX_WARM_UP_CALLS = 6
SETTLED = 1.15  # warm-up ends when a call is within 15% of the fastest before it
CAP_FACTOR = 2.0  # a single timed sample over twice the bound is stopped
# Added to every cap: a busy machine can stall an honest sample for hundreds of ms, and
# a stall must not read as a hopeless submission (the budget still bounds the run).
CAP_SLACK_NS = 1_000_000_000
WARM_UP_SLACK_NS = 2_000_000_000
PR_SET_DUMPABLE = 4
M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_MAX = -1, -2, -4  # glibc mallopt parameters


def keep_heap_warm() -> None:
    """Keep freed memory in the process's heap instead of returning it to the kernel.

    A tensor the size of a benchmark's output (tens of MB) is otherwise mapped fresh and
    page-faulted on every call, which costs as much as the arithmetic and is far noisier.
    Both sides get the same allocator, so the ratio compares the code, not the kernel.
    """
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None)
        libc.mallopt(M_MMAP_MAX, 0)
        libc.mallopt(M_TRIM_THRESHOLD, 2**31 - 1)
        libc.mallopt(M_TOP_PAD, 64 << 20)


class ContestantGone(Exception):
    """The contestant died, closed its pipe or sent something that is not a reply."""


class Deadline(Exception):
    """The contestant did not answer before the benchmark's time budget ran out."""


# --- used by both processes -------------------------------------------------------


def load_module(name: str, source: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = f"{name}.py"
    exec(compile(source, f"{name}.py", "exec", dont_inherit=True), module.__dict__)
    return module


def synchronize(device: str) -> None:
    if device == "cuda":
        sys.modules["torch"].cuda.synchronize()


class CacheFlusher:
    """On CUDA, overwrite a buffer twice the L2's size so each repetition starts cold."""

    def __init__(self, device: str) -> None:
        self.buffer = None
        if device == "cuda":
            torch = sys.modules["torch"]
            size = torch.cuda.get_device_properties(torch.cuda.current_device()).L2_cache_size
            self.buffer = torch.empty(max(2 * size, 1 << 20), dtype=torch.uint8, device="cuda")

    def flush(self) -> None:
        if self.buffer is not None:
            self.buffer.zero_()


def _to_device(value: Any, device: str) -> Any:
    torch = sys.modules.get("torch")
    if torch is None or device == "cpu":
        return value
    if isinstance(value, torch.Tensor):
        return value.to(device)
    if isinstance(value, (list, tuple)):
        return type(value)(_to_device(v, device) for v in value)
    if isinstance(value, dict):
        return {k: _to_device(v, device) for k, v in value.items()}
    return value


def make_inputs(generator: Any, seed: int, device: str) -> tuple[Any, ...]:
    """The exercise's generator writes CPU code; inputs are then moved to the device."""
    torch = sys.modules.get("torch")
    context = torch.device("cpu") if torch is not None else contextlib.nullcontext()
    with context:
        args = generator(seed)
    args = args if isinstance(args, tuple) else (args,)
    return _to_device(args, device)


def _nbytes(value: Any) -> int:
    """Bytes held by the arrays and tensors in a tuple of arguments."""
    if isinstance(value, (list, tuple)):
        return sum(_nbytes(v) for v in value)
    if isinstance(value, dict):
        return sum(_nbytes(v) for v in value.values())
    nbytes = getattr(value, "nbytes", None)
    return nbytes if isinstance(nbytes, int) else 0


def _positions(n: int, seed: int) -> list[int]:
    if n <= SAMPLE_POINTS:
        return list(range(n))
    picked = random.Random(seed).sample(range(1, n - 1), SAMPLE_POINTS - 2)
    return [0, *sorted(picked), n - 1]


def sample(value: Any, seed: int, depth: int = 0) -> Any:
    """A small, deterministic picture of a result: shapes and values at seeded positions.
    The trusted side compares the contestant's picture with the reference's."""
    torch = sys.modules.get("torch")
    np = sys.modules.get("numpy")
    if depth > 4:
        return None
    if torch is not None and isinstance(value, torch.Tensor):
        flat = value.detach().reshape(-1)
        index = torch.tensor(_positions(flat.numel(), seed), dtype=torch.long, device=flat.device)
        return {"shape": tuple(value.shape), "sampled values": flat[index].cpu()}
    if np is not None and isinstance(value, np.ndarray):
        picked = value.reshape(-1)[_positions(value.size, seed)]
        return {"shape": value.shape, "sampled values": picked}
    if isinstance(value, (list, tuple)):
        items = [sample(value[i], seed + i, depth + 1) for i in _positions(len(value), seed)]
        return {"length": len(value), "sampled items": items}
    if isinstance(value, dict):
        keys = sorted(value, key=repr)[:SAMPLE_POINTS]
        return {repr(k): sample(value[k], seed, depth + 1) for k in keys}
    return value


# --- the contestant ----------------------------------------------------------------


def contestant(spec: dict[str, Any], solution: str, commands: int, replies: int) -> None:
    """Load the submission and answer the timer's commands; never returns."""
    from encode import Budget, encode
    from run import MEMORY_MARKERS, select_device

    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 1)  # what the submission prints in a benchmark goes nowhere
    os.dup2(null, 2)
    reader = os.fdopen(commands, "rb")

    def reply(message: dict[str, Any]) -> None:
        os.write(replies, (json.dumps(message) + "\n").encode())

    device = select_device()
    keep_heap_warm()
    generators = load_module("benchmarks", spec["generators"])
    try:
        solution_module = load_module("solution", solution)
    except BaseException as exc:
        reply({"error": type(exc).__name__})
        os._exit(0)
    flusher = CacheFlusher(device)
    reply({"ready": True})
    inputs: list[tuple[Any, ...]] = []
    args: tuple[Any, ...] = ()
    last: Any = None
    entry: Any = None
    for line in reader:
        command = json.loads(line)
        kind = command["cmd"]
        if kind == "ping":
            reply({})
        elif kind == "prepare":
            case = spec["cases"][command["case"]]
            entry = getattr(solution_module, case["entry"], None)
            if entry is None:
                reply({"error": "missing", "name": case["entry"]})
                continue
            generator = getattr(generators, case["inputs"])
            inputs, last, args = [], None, ()  # the last sample's objects are freed untimed
            inputs = [make_inputs(generator, seed, device) for seed in command["seeds"]]
            flusher.flush()
            synchronize(device)
            reply({})
        elif kind == "go":
            try:
                for args in inputs:
                    last = entry(*args)
                synchronize(device)
                reply({})
            except BaseException as exc:
                message = str(exc).lower()
                memory = isinstance(exc, MemoryError) or any(m in message for m in MEMORY_MARKERS)
                reply({"error": type(exc).__name__[:80], "memory": memory})
        elif kind == "sample":
            try:
                reply({"sample": encode(sample(last, command["seed"]), Budget(1 << 20))})
            except BaseException as exc:
                reply({"error": f"unreportable:{type(exc).__name__}"[:80]})
        else:
            break
    os._exit(0)


def contestant_main() -> None:
    """Entry point when the contestant is a fresh interpreter (a CUDA context cannot
    cross a fork): the job arrives on stdin, without the reference."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    commands, replies = int(sys.argv[2]), int(sys.argv[3])
    job = json.loads(sys.stdin.buffer.read())
    os.close(0)
    try:
        import torch
    except ImportError:
        pass
    else:
        torch.set_num_threads(int(job["threads"]))
    contestant(job["spec"], job["solution"], commands, replies)


# --- the timer ---------------------------------------------------------------------


class Contestant:
    """The timer's handle on the contestant: start it, send commands, time answers."""

    def __init__(self, job: dict[str, Any], report_fd: int, use_exec: bool) -> None:
        commands_r, self.commands = os.pipe()
        self.replies, replies_w = os.pipe()
        self.buffer = b""
        spec = {k: v for k, v in job["benchmark"].items() if k != "reference"}
        if use_exec:
            child = subprocess.Popen(
                [sys.executable, "-I", os.path.abspath(__file__), "contestant",
                 str(commands_r), str(replies_w)],
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                pass_fds=(commands_r, replies_w), close_fds=True,
            )  # fmt: skip
            assert child.stdin is not None
            payload = {"spec": spec, "solution": job["solution"], "threads": _threads(job)}
            child.stdin.write(json.dumps(payload).encode())
            child.stdin.close()
            self.pid = child.pid
        else:
            self.pid = os.fork()
            if self.pid == 0:
                try:
                    os.close(report_fd)
                    os.close(self.commands)
                    os.close(self.replies)
                    job.pop("benchmark", None)
                    contestant(spec, job.pop("solution"), commands_r, replies_w)
                finally:
                    os._exit(0)
        os.close(commands_r)
        os.close(replies_w)

    def send(self, message: dict[str, Any]) -> int:
        """Returns the time *before* the write: the contestant may run (and answer) before
        this process is scheduled again, above all when both share one CPU."""
        data = (json.dumps(message) + "\n").encode()
        sent = _now()
        os.write(self.commands, data)
        return sent

    def receive(self, deadline_ns: int) -> dict[str, Any]:
        while b"\n" not in self.buffer:
            left = (deadline_ns - _now()) / 1e9
            if left <= 0 or not select.select([self.replies], [], [], left)[0]:
                raise Deadline
            chunk = os.read(self.replies, 65536)
            if not chunk or len(self.buffer) > MAX_REPLY_BYTES:
                raise ContestantGone
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        try:
            message = json.loads(line)
        except ValueError:
            raise ContestantGone from None
        if not isinstance(message, dict):
            raise ContestantGone
        return message

    def ask(self, message: dict[str, Any], deadline_ns: int) -> tuple[dict[str, Any], int]:
        """Send a command; return the answer and the nanoseconds until it came."""
        sent = self.send(message)
        answer = self.receive(deadline_ns)
        return answer, _now() - sent

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _threads(job: dict[str, Any]) -> int:
    return int(job.get("limits", {}).get("threads", 1))


def pin_cpus(threads: int) -> None:
    """Keep the timer and the contestant (which inherits this) on the same CPUs: they
    take turns, so sharing costs nothing, and neither gets a core the other lacks."""
    with contextlib.suppress(OSError, AttributeError):
        allowed = sorted(os.sched_getaffinity(0))
        if threads >= len(allowed):
            return
        current = ctypes.CDLL(None).sched_getcpu()
        start = allowed.index(current) if current in allowed else 0
        os.sched_setaffinity(0, (allowed * 2)[start : start + threads])


def _not_dumpable() -> None:
    """Nobody without CAP_SYS_PTRACE (nobody in the sandbox) can read this process's
    memory or file descriptors through /proc."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def _cpu_model() -> str:
    with (
        contextlib.suppress(OSError),
        open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh,
    ):
        for line in fh:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()[:120]
    return "unknown model"


# Read at import, in the zygote: a forked run's own /proc has no cpuinfo to read.
CPU_MODEL = _cpu_model()


def device_description(device: str, threads: int) -> str:
    if device == "cuda":
        return f"cuda ({sys.modules['torch'].cuda.get_device_name()})"
    return f"cpu ({CPU_MODEL}, {threads} thread{'s' if threads != 1 else ''})"


class Timer:
    """Runs every benchmark case: warm-up, correctness sample, interleaved repetitions."""

    def __init__(self, job: dict[str, Any], emit: Any, device: str, user: Contestant) -> None:
        self.spec = job["benchmark"]
        self.emit = emit
        self.device = device
        self.user = user
        self.reference = load_module("reference", self.spec.pop("reference"))
        self.generators = load_module("benchmarks", self.spec["generators"])
        self.flusher = CacheFlusher(device)
        self.deadline = 0
        self.overhead_ns = 0
        self.go_sent = 0
        self.stop_reason = "budget"

    def start(self) -> str | None:
        """Wait for the contestant to load the submission; calibrate the pipe round trip."""
        try:
            answer = self.user.receive(_now() + int(STARTUP_TIMEOUT_S * 1e9))
            if "error" in answer:
                return f"the submission raised {str(answer['error'])[:80]} while loading"
            self.deadline = _now() + int(float(self.spec["budget_s"]) * 1e9)
            trips = [
                self.user.ask({"cmd": "ping"}, self.deadline)[1] for _ in range(CALIBRATION_ROUNDS)
            ]
        except (Deadline, ContestantGone):
            return "the submission's process did not start"
        self.overhead_ns = sorted(trips)[len(trips) // 2]
        return None

    def generator(self, case: dict[str, Any]) -> Any:
        return getattr(self.generators, case["inputs"])

    def time_reference(self, case: dict[str, Any], seeds: list[int]) -> tuple[int, Any]:
        entry = getattr(self.reference, case["entry"])
        inputs = [make_inputs(self.generator(case), seed, self.device) for seed in seeds]
        self.flusher.flush()
        synchronize(self.device)
        started = _now()
        for args in inputs:
            last = entry(*args)
        synchronize(self.device)
        return _now() - started, last

    def time_user(self, index: int, seeds: list[int], cap_ns: int) -> int:
        self.stop_reason = "budget"
        answer, _ = self.user.ask({"cmd": "prepare", "case": index, "seeds": seeds}, self.deadline)
        if "error" in answer:
            raise UserError(answer)
        self.go_sent = _now()
        self.stop_reason = "cap" if self.go_sent + cap_ns < self.deadline else "budget"
        answer, elapsed = self.user.ask({"cmd": "go"}, min(self.deadline, self.go_sent + cap_ns))
        self.go_sent = 0
        if "error" in answer:
            raise UserError(answer)
        return max(elapsed - self.overhead_ns, 0)

    def warm_up(
        self, index: int, case: dict[str, Any], base: int, bound: float,
        seen: tuple[list[int], list[int]], share_ns: int, event: dict[str, Any],
    ) -> int:
        """More untimed pairs until both sides' times settle (heaps, caches and lazy
        initialisation reach their steady state); returns the reference's settled time."""
        reference, user = seen
        started = _now()
        for extra in range(1, MAX_WARM_UP_CALLS):
            if extra > 1 and all(s[-1] <= SETTLED * min(s[:-1]) for s in (reference, user)):
                break
            if _now() - started > share_ns // 3:
                break
            reference.append(self.time_reference(case, [base - extra])[0])
            event["warm_reference_ns"] = min(reference)
            cap = int(2 * CAP_FACTOR * bound * min(reference)) + CAP_SLACK_NS
            user.append(self.time_user(index, [base - extra], cap))
        return min(reference)

    def run_case(self, index: int, case: dict[str, Any], share_ns: int) -> dict[str, Any]:
        """Warm-up (whose outputs are sampled for the correctness check), then pairs of
        timed samples, the order alternating so neither side always runs second."""
        event: dict[str, Any] = {
            "event": "bench", "name": case["name"], "outcome": "ok",
            "user_ns": [], "reference_ns": [], "calls": 1,
        }  # fmt: skip
        base = int(case["seed"])
        bound = float(case["max_ratio"])
        case_started = _now()
        try:
            reference_ns, value = self.time_reference(case, [base])
            event["warm_reference_ns"] = reference_ns
            event["reference_sample"] = sample_for_report(value, base)
            del value
            # A call over CAP_FACTOR times the bound cannot pass: stop it there. Warm-up
            # calls get twice as long, and the first, which pays one-time costs (a fresh
            # interpreter's, lazy imports), more slack.
            first_cap = int(2 * CAP_FACTOR * bound * reference_ns) + WARM_UP_SLACK_NS
            user_ns = self.time_user(index, [base], first_cap)
            answer, _ = self.user.ask({"cmd": "sample", "seed": base}, self.deadline)
            if "error" in answer:
                raise UserError(answer)
            event["user_sample"] = answer.get("sample")
            seen = ([reference_ns], [user_ns])
            reference_ns = self.warm_up(index, case, base, bound, seen, share_ns, event)
            # Fresh inputs for every call of a sample, so tiny calls repeat within a
            # sample; as many as the sample's inputs fit in MAX_SAMPLE_INPUT_BYTES.
            size = max(_nbytes(make_inputs(self.generator(case), base, self.device)), 1)
            calls = min(
                max(1, math.ceil(TARGET_SAMPLE_NS / max(reference_ns, 1))),
                max(1, MAX_SAMPLE_INPUT_BYTES // size),
                MAX_CALLS_PER_SAMPLE,
            )
            event["calls"] = calls
            for rep in range(MAX_REPETITIONS):
                rep_started = _now()
                seeds = [base + 1 + rep * calls + k for k in range(calls)]
                sides = ("reference", "user") if rep % 2 == 0 else ("user", "reference")
                for side in sides:
                    if side == "reference":
                        event["reference_ns"].append(self.time_reference(case, seeds)[0])
                        continue
                    typical = sorted(event["reference_ns"])[len(event["reference_ns"]) // 2]
                    cap = int(CAP_FACTOR * bound * typical) + CAP_SLACK_NS
                    event["user_ns"].append(self.time_user(index, seeds, cap))
                now = _now()
                if rep + 1 >= MIN_REPETITIONS and now - case_started >= share_ns:
                    break
                # Another pair that would not fit before the deadline would only get the
                # submission stopped for the budget's being too small: stop here instead.
                if now + 1.5 * (now - rep_started) > self.deadline:
                    break
        except Deadline:
            event["outcome"] = "stopped"
            event["stop_reason"] = self.stop_reason
            event["running_ns"] = _now() - self.go_sent if self.go_sent else 0
        except ContestantGone:
            event["outcome"] = "died"
        except UserError as exc:
            event["outcome"] = "raised"
            event["error"] = str(exc.answer.get("error"))[:80]
            event["memory"] = bool(exc.answer.get("memory"))
        except Exception as exc:  # the reference (or a generator) failed: the exercise's fault
            event["outcome"] = "reference_error"
            event["error"] = type(exc).__name__[:80]
        return event

    def run(self) -> None:
        cases = self.spec["cases"]
        problem = self.start()
        # Repetitions stop once half the budget is spent; the other half is headroom for
        # a submission slower than the reference but within the bound.
        share = int(float(self.spec["budget_s"]) * 1e9 / 2 / max(len(cases), 1))
        for index, case in enumerate(cases):
            if problem is not None:
                self.emit({"event": "bench", "name": case["name"], "outcome": "not_run",
                           "error": problem, "user_ns": [], "reference_ns": [], "calls": 1})
                continue
            event = self.run_case(index, case, share)
            self.emit(event)
            if event["outcome"] in ("stopped", "died", "reference_error"):
                problem = "the benchmark before this one stopped the submission"
        with contextlib.suppress(OSError):
            self.user.send({"cmd": "quit"})


class UserError(Exception):
    def __init__(self, answer: dict[str, Any]) -> None:
        super().__init__(answer.get("error"))
        self.answer = answer


def sample_for_report(value: Any, seed: int) -> Any:
    from encode import Budget, encode

    return encode(sample(value, seed), Budget(1 << 20))


def run_benchmark(job: dict[str, Any], report_fd: int, emit: Any, device: str) -> None:
    """The timer's side of a benchmark run (called by run.run_job for benchmark jobs)."""
    torch = sys.modules.get("torch")
    # A CUDA context does not survive fork: on a GPU the contestant is a fresh interpreter.
    use_exec = bool(job["benchmark"].get("exec_contestant")) or (
        torch is not None and device == "cuda"
    )
    emit({"event": "bench_start", "device": device_description(device, _threads(job)),
          "contestant": "exec" if use_exec else "fork"})  # fmt: skip
    pin_cpus(_threads(job))
    user = Contestant(job, report_fd, use_exec)
    _not_dumpable()
    keep_heap_warm()
    job.pop("solution", None)
    try:
        Timer(job, emit, device, user).run()
    finally:
        user.stop()


if __name__ == "__main__" and sys.argv[1:2] == ["contestant"]:
    contestant_main()
