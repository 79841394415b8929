# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["time_limit_exceeded"]
must_not = "sleep without end and hold the worker past the wall-time limit"
"""
import time


def total(xs):
    time.sleep(10**6)
