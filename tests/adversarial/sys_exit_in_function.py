# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "end the run, or count as a pass, by raising SystemExit(0) inside the tested function"
"""
import sys


def total(xs):
    sys.exit(0)
