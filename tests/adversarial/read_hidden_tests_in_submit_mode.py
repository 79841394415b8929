# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "recover the reference solution or the expected values in a `submit` run (the hidden tests' own code runs in this process: that much is known and documented in sandbox/README.md)"
output_present = ["PROBE-DONE", "HIDDEN-CODE-IN-MEMORY"]
output_absent = ["LEAK:", "reference-only-5e1f0c2a", "HIDDEN-SOURCE-ON-DISK"]
"""
# Known limitation, asserted so that a change shows up here: in submit mode the hidden
# tests are loaded into this process before the submission runs, so their functions,
# their source (the job) and the inputs they pass can be found and printed. What must
# never be found is what decides the verdict: the reference and the expected values,
# which the host computes in a separate run and never hands to the sandbox. The probe
# prints only markers and names, never the inputs themselves.
import gc
import glob
import json
import linecache
import sys

HIT = "LE" + "AK:"
NEEDLE = "test_none_" + "is_refused"  # a hidden test's name: in the job, not in this file
MARK = "hidden-tests-only-" + "9b7d3e11"  # a comment in tests_hidden.py
REFERENCE = "reference-only-" + "5e1f0c2a"
OWN = "".join(linecache.getlines("solution.py"))  # this file, whose header names REFERENCE

# 1. From disk: nothing of the job is written anywhere (it arrives on stdin).
def scan_disk():
    for path in glob.glob("/box/**", recursive=True) + glob.glob("/tmp/**", recursive=True):
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
        except OSError as exc:
            print("denied", path, exc.errno)
            continue
        text = text.replace(json.dumps(OWN)[1:-1], "")  # the job holds this file too
        if MARK in text or NEEDLE in text:
            print("HIDDEN-SOURCE-ON-DISK", path)
        if REFERENCE in text:
            print(HIT, "reference on disk", path)
        if "expect" in text:
            print(HIT, "something about expectations on disk", path)


scan_disk()

# 2. In memory: every string held by a container (the job's test sources among them).
source_found = False
for container in gc.get_objects():
    if isinstance(container, dict):
        values = list(container.values())
    elif isinstance(container, (list, tuple)):
        values = list(container)
    else:
        continue
    for item in values:
        if isinstance(item, str) and item not in OWN:
            if MARK in item:
                source_found = True
            if REFERENCE in item:
                print(HIT, "reference text in memory")
if source_found:
    print("HIDDEN-SOURCE-IN-MEMORY")

functions = [
    o for o in gc.get_objects()
    if callable(o) and getattr(getattr(o, "__code__", None), "co_filename", "") == "tests_hidden.py"
]
if functions:
    print("HIDDEN-CODE-IN-MEMORY", sorted(f.__name__ for f in functions))

# 3. The frames that are importing this module: the harness's locals.
frame = sys._getframe()
depth = 0
while frame is not None:
    for name, local in list(frame.f_locals.items()):
        if name == "job" and isinstance(local, dict):
            print("JOB-IN-CALLER-FRAME", depth, sorted(local))
            for key, entry in local.items():
                if key != "solution" and REFERENCE in repr(entry):
                    print(HIT, "reference in the job", key)
                if "expect" in key:
                    print(HIT, "expectations in the job", key)
    frame, depth = frame.f_back, depth + 1

print("PROBE-DONE")


def total(xs):
    return -1
