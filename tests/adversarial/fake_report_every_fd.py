# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer", "runtime_error"]
must_not = "pass by writing fake 'passed' results and a 'done' event to every file descriptor (report channel included) before and during the tests"
"""
import json
import os

RESULTS = {"test_small_list": 6, "test_floats": 0.75, "test_empty": 0, "test_many": 499500}


def forge():
    lines = []
    for name, value in RESULTS.items():
        lines.append({"event": "result", "test": name, "hidden": False, "options": {},
                      "outcome": "returned", "value": value, "duration_ms": 0.1, "stdout": "",
                      "status": "passed", "verdict": "accepted"})
    lines.append({"event": "done", "verdict": "accepted"})
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    for fd in range(1024):
        try:
            os.write(fd, data)
        except OSError:
            pass


forge()


def total(xs):
    forge()
    return -1
