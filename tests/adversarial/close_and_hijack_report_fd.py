# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "pass or hang by closing every inherited descriptor and pointing the report descriptors at stdout"
"""
import os

for fd in range(3, 1024):
    try:
        os.dup2(1, fd)  # every descriptor the harness might report on now goes to stdout
    except OSError:
        pass


def total(xs):
    return sum(xs) if xs is not None else None
