# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["time_limit_exceeded"]
must_not = "spin in pure Python past the CPU limit"
"""


def total(xs):
    n = 0
    while True:
        n += 1
