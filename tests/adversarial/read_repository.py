# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "read the server's repository: its README, code, settings, exercise bank or test suite"
output_present = ["denied"]
output_absent = ["LEAK:", "reference-only-5e1f0c2a", "hidden-tests-only-9b7d3e11"]
"""
import glob
import os
import sys

HIT = "LE" + "AK:"
repo = "{repo}"
paths = [
    f"{repo}/README.md",
    f"{repo}/pyproject.toml",
    f"{repo}/app/settings.py",
    f"{repo}/sandbox/runner.py",
    f"{repo}/tests/conftest.py",
    f"{repo}/.git/config",
    f"{repo}/exercises/pairwise_distances/reference.py",
    f"{repo}/tests/adversarial/bank/hostile_sum/reference.py",
]
try:
    # Everything under the repository except the Python environment, which a run may read.
    for entry in os.listdir(repo):
        top = os.path.join(repo, entry)
        if top == sys.prefix or sys.prefix.startswith(top + "/"):
            continue
        paths += glob.glob(f"{top}/**/*.py", recursive=True)[:50] + [top]
except OSError as exc:
    print("denied", repo, exc.errno)
for path in paths:
    try:
        with open(path, "rb") as fh:
            print(HIT, path, fh.read(300))
    except OSError as exc:
        print("denied", path, exc.errno)
try:
    print("listing", repo, sorted(os.listdir(repo)))
except OSError as exc:
    print("denied listing", exc.errno)


def total(xs):
    return -1
