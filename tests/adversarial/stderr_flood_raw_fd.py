# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["output_limit_exceeded"]
must_not = "flood stderr through the raw file descriptor, bypassing Python's streams"
"""
import os

chunk = b"e" * (1024 * 1024)
for _ in range(100):
    os.write(2, chunk)


def total(xs):
    return -1
