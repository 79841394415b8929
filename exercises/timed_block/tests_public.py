def test_repeated_blocks_append_durations(timed_block):
    import time

    timings = {}
    for _ in range(3):
        with timed_block("forward", timings):
            time.sleep(0.01)
    durations = timings["forward"]
    return (
        sorted(timings),
        len(durations),
        all(isinstance(d, float) for d in durations),
        all(0.009 <= d < 2.0 for d in durations),
    )


def test_exception_is_recorded_and_reraised(timed_block):
    timings = {}
    try:
        with timed_block("backward", timings):
            raise RuntimeError("CUDA out of memory")
    except RuntimeError as exc:
        caught = str(exc)
    else:
        caught = None
    return caught, len(timings.get("backward", []))
