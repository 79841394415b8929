# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["output_limit_exceeded"]
must_not = "push 100 MB through stdout into the worker's memory or the result"
"""
import sys


def total(xs):
    chunk = "x" * (1024 * 1024)
    for _ in range(100):
        sys.stdout.write(chunk)
    return -1
