# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "crash the trusted side (grade() must never raise) with a returned value tagged as an array but without a body"
"""
import json
import os

EVENTS = [
    {"event": "start", "test": "test_small_list"},
    {"event": "result", "test": "test_small_list", "outcome": "returned", "value": {"__ndarray__": "x"}},
    {"event": "done"},
]
data = "".join(json.dumps(event) + "\n" for event in EVENTS).encode()
for fd in range(3, 1024):
    try:
        os.write(fd, data)
    except OSError:
        pass
os._exit(0)


def total(xs):
    return -1
