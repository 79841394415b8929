# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "read the reference solution or hidden tests of this or any other exercise from the bank"
output_present = ["denied"]
output_absent = ["LEAK:", "reference-only-5e1f0c2a"]
"""
import glob

HIT = "LE" + "AK:"
paths = []
for bank in ("{repo}/exercises", "{repo}/tests/data/bank", "{repo}/tests/adversarial/bank"):
    for name in ("reference.py", "tests_hidden.py", "mutants/*.py", "notes.md"):
        paths += glob.glob(f"{bank}/*/{name}")
    paths += [f"{bank}/hostile_sum/reference.py", f"{bank}/pairwise_distances/reference.py"]
for top in ("/box", "/opt", "/tmp", "/etc", "/srv", "/home", "/var", "/data"):
    paths += glob.glob(f"{top}/**/reference.py", recursive=True)
for path in paths:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            print(HIT, path, fh.read())
    except OSError as exc:
        print("denied", path, exc.errno)


def total(xs):
    return -1
