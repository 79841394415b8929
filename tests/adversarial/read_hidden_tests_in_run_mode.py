# ruff: noqa
"""
exercise = "hostile_sum"
mode = "run"
expect_verdict = ["wrong_answer"]
must_not = "see the hidden tests during a `run` (they are only handed to `submit` runs)"
output_present = ["denied"]
output_absent = ["LEAK:", "hidden-tests-only-9b7d3e11", "test_none_is_refused"]
"""
import glob
import os

HIT = "LE" + "AK:"
for path in glob.glob("/box/*") + ["/box/tests_hidden.py", "{repo}/tests/adversarial/bank/hostile_sum/tests_hidden.py"]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        if "hidden" in os.path.basename(path):
            print(HIT, path, text)
        else:
            print("visible", path)  # the public tests and the job are what a run is handed
    except OSError as exc:
        print("denied", path, exc.errno)


def total(xs):
    return -1
