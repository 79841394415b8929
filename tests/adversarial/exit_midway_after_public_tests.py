# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "pass by answering the public tests correctly and exiting (status 0) before the hidden ones"
"""
import os

calls = 0


def total(xs):
    global calls
    calls += 1
    if calls > 2:
        os._exit(0)
    return sum(xs)
