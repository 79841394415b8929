# ruff: noqa
"""
exercise = "demo_sum"
expect_verdict = ["runtime_error"]
must_not = "crash the worker along with the interpreter (a NULL dereference through ctypes)"
output_absent = ["AFTER-SEGFAULT"]
"""
import ctypes


def total(xs):
    ctypes.string_at(0)
    print("AFTER-" + "SEGFAULT")
    return -1
