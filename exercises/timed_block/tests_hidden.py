import time

from drill_checks import compare


def _shape(records):
    return {name: len(values) for name, values in records.items()}


def test_single_block_creates_a_list(timed_block):
    timings = {}
    with timed_block("load", timings):
        pass
    value = timings["load"]
    return type(value).__name__, len(value), isinstance(value[0], float), value[0] >= 0.0


def test_duration_is_in_seconds(timed_block):
    timings = {}
    with timed_block("sleep", timings):
        time.sleep(0.02)
    (d,) = timings["sleep"]
    return 0.019 <= d < 2.0


def test_other_names_are_left_alone(timed_block):
    timings = {"data": [0.5, 0.25], "eval": [3.0]}
    with timed_block("forward", timings):
        pass
    with timed_block("data", timings):
        pass
    return _shape(timings), timings["data"][:2], timings["eval"]


def test_nothing_is_recorded_before_the_block_ends(timed_block):
    timings = {"step": [1.0]}
    with timed_block("step", timings):
        inside = len(timings.get("step", []))
    return inside, len(timings["step"])


def test_nested_blocks_measure_themselves(timed_block):
    timings = {}
    with timed_block("step", timings):
        time.sleep(0.01)
        with timed_block("forward", timings):
            time.sleep(0.02)
        time.sleep(0.01)
    step, forward = timings["step"][0], timings["forward"][0]
    return _shape(timings), step >= forward + 0.019, 0.019 <= forward < 2.0


def test_nested_same_name(timed_block):
    timings = {}
    with timed_block("block", timings):
        with timed_block("block", timings):
            time.sleep(0.01)
        time.sleep(0.02)
    inner, outer = timings["block"]
    return len(timings["block"]), outer >= inner + 0.019


def test_exception_propagates_unchanged(timed_block):
    timings = {}
    original = KeyError("missing_metric")
    try:
        with timed_block("eval", timings):
            time.sleep(0.01)
            raise original
    except KeyError as exc:
        same_object = exc is original
    else:
        same_object = None
    (d,) = timings["eval"]
    return same_object, 0.009 <= d < 2.0


@compare(match="diverged")
def test_exception_reaches_the_caller(timed_block):
    timings = {}
    with timed_block("train", timings):
        raise FloatingPointError("loss diverged at step 17")


def test_records_after_mixed_success_and_failure(timed_block):
    timings = {}
    outcomes = []
    for step in range(5):
        try:
            with timed_block("step", timings):
                if step % 2:
                    raise ValueError(f"bad batch {step}")
            outcomes.append("ok")
        except ValueError:
            outcomes.append("error")
    return outcomes, _shape(timings)


def test_block_body_result_is_unaffected(timed_block):
    timings = {}
    total = 0
    with timed_block("sum", timings):
        for i in range(1000):
            total += i
    return total, _shape(timings)
