# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "crash the trusted side (grade() must never raise) with an import_error event whose exception is a list"
"""
import json
import os

EVENTS = [
    {"event": "import_error", "exception": ["not", "a", "dict"]},
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
