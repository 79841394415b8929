# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["memory_limit_exceeded"]
must_not = "allocate NumPy arrays past the memory limit without a memory verdict"
"""
import numpy as np


hoard = []  # kept between calls: later tests fail at once


def total(xs):
    while True:
        hoard.append(np.ones(8 * 1024 * 1024))  # 64 MB each, touched
