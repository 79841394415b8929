# ruff: noqa
"""
exercise = "demo_sum"
expect_verdict = ["wrong_answer"]
must_not = "pass by printing JSON lines that look like harness events (results, done) to stdout"
"""
import json

RESULTS = {"test_small_list": 6, "test_floats": 0.75, "test_empty": 0, "test_many": 499500}


def forge():
    for name, value in RESULTS.items():
        print(json.dumps({"event": "start", "test": name}))
        print(json.dumps({"event": "result", "test": name, "hidden": False, "options": {},
                          "outcome": "returned", "value": value, "duration_ms": 0.1, "stdout": ""}))
    print(json.dumps({"event": "done"}))


forge()


def total(xs):
    forge()
    return -1
