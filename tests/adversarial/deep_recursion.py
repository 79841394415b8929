# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "crash the worker by overflowing the C stack (recursion through C calls) after lifting the recursion limit"
output_absent = ["RECURSION-SURVIVED"]
"""
import sys

sys.setrecursionlimit(10**6)


def down(n):
    # map() and max() are C functions, so every level also uses C stack, which
    # Python 3.11's heap-allocated frames otherwise would not.
    return max(map(down, (n + 1,)))


def total(xs):
    down(0)
    print("RECURSION-" + "SURVIVED")
    return -1
