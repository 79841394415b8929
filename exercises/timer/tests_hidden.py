import contextlib
import io
import re
import time

from drill_checks import compare

LINE = re.compile(r"\[TIMER\] (.+): (\d+\.\d{4})s")


def _run(fn, *args, **kwargs):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        value = fn(*args, **kwargs)
    return value, out.getvalue()


def _seconds(printed):
    match = LINE.fullmatch(printed.strip())
    # (name, seconds), or (None, None) when the line does not have the required form
    return (None, None) if match is None else (match.group(1), float(match.group(2)))


def _between(seconds, low, high):
    return seconds is not None and low <= seconds < high


def test_sleeping_time_is_measured(timer):
    @timer
    def wait():
        time.sleep(0.06)
        return "done"

    value, printed = _run(wait)
    name, seconds = _seconds(printed)
    return value, name, _between(seconds, 0.05, 2.0)


def test_time_before_the_call_is_not_counted(timer):
    @timer
    def quick(x):
        return x * 2

    time.sleep(0.15)  # between decorating and calling
    value, printed = _run(quick, 21)
    name, seconds = _seconds(printed)
    return value, name, _between(seconds, 0.0, 0.1)


def test_every_call_is_timed_on_its_own(timer):
    @timer
    def nap(t):
        time.sleep(t)
        return t

    outputs = [_run(nap, t) for t in (0.0, 0.1, 0.0)]
    parsed = [_seconds(printed) for _, printed in outputs]
    values = [value for value, _ in outputs]
    return values, [name for name, _ in parsed], [
        _between(parsed[0][1], 0.0, 0.08),
        _between(parsed[1][1], 0.09, 2.0),
        _between(parsed[2][1], 0.0, 0.08),
    ]


def test_one_line_per_call(timer):
    @timer
    def square(x):
        return x * x

    printed = []
    values = []
    for x in range(4):
        value, out = _run(square, x)
        values.append(value)
        printed.append(out.count("\n"))
    return values, printed


def test_decorating_prints_nothing(timer):
    def f():
        return 1

    _, printed = _run(timer, f)
    return printed


def test_exact_line_format(timer):
    @timer
    def fit_model():
        return None

    _, printed = _run(fit_model)
    return re.fullmatch(r"\[TIMER\] fit_model: \d+\.\d{4}s\n", printed) is not None


def test_function_output_comes_before_the_timer_line(timer):
    @timer
    def chatty():
        print("epoch 1")
        return 3

    value, printed = _run(chatty)
    lines = printed.splitlines()
    return value, lines[:1], [LINE.fullmatch(line) is not None for line in lines]


def test_returns_the_very_same_object(timer):
    payload = {"loss": [0.5, 0.25]}

    @timer
    def get():
        return payload

    value, _ = _run(get)
    return value is payload, value


def test_none_result_is_passed_through(timer):
    @timer
    def side_effect(log):
        log.append("ran")

    log = []
    value, printed = _run(side_effect, log)
    return value, log, _seconds(printed)[0]


def test_keyword_only_call_and_defaults(timer):
    @timer
    def configure(*, lr=1e-3, epochs=10):
        return lr, epochs

    return _run(configure)[0], _run(configure, epochs=3)[0], _run(configure, lr=0.1)[0]


def test_preserves_qualname_and_module(timer):
    def inner_step():
        """Step docs."""

    decorated = timer(inner_step)
    return (
        decorated.__name__,
        decorated.__qualname__ == inner_step.__qualname__,
        decorated.__module__ == inner_step.__module__,
        decorated.__doc__,
    )


def test_works_on_methods(timer):
    class Trainer:
        def __init__(self, base):
            self.base = base

        @timer
        def step(self, k):
            """One step."""
            return self.base + k

    t = Trainer(10)
    value, printed = _run(t.step, 5)
    return value, _seconds(printed)[0], Trainer.step.__name__, Trainer.step.__doc__


def test_lambda_name_is_reported(timer):
    value, printed = _run(timer(lambda x: x + 1), 41)
    return value, _seconds(printed)[0]


@compare(match="boom")
def test_exceptions_reach_the_caller(timer):
    @timer
    def explode(x):
        raise ValueError(f"boom {x}")

    with contextlib.redirect_stdout(io.StringIO()):
        return explode(3)
