# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["time_limit_exceeded", "runtime_error"]
must_not = "fork processes without bound, outlive the run, or take the worker down"
"""
import os


def total(xs):
    while True:
        try:
            os.fork()
        except OSError:
            pass
