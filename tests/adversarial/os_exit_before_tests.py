# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "pass by exiting with status 0 before any test runs"
"""
import os
import sys

sys.stdout.flush()
os._exit(0)


def total(xs):
    return -1
