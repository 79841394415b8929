# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "crash the trusted side (grade() must never raise) with result/start events whose test name is a list"
"""
import json
import os

EVENTS = [
    {"event": "start", "test": ["test_small_list"]},
    {"event": "result", "test": ["test_small_list"], "outcome": "returned", "value": 6},
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
