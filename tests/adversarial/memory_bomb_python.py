# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["memory_limit_exceeded"]
must_not = "grow a Python list past the memory limit without a memory verdict"
"""


hoard = []  # kept between calls: later tests fail at once


def total(xs):
    while True:
        hoard.append(bytearray(16 * 1024 * 1024))
