# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "stop the harness with KeyboardInterrupt (raised, or SIGINT sent to itself) inside the tested function"
"""
import os
import signal

calls = 0


def total(xs):
    global calls
    calls += 1
    if calls % 2:
        raise KeyboardInterrupt
    os.kill(os.getpid(), signal.SIGINT)
    return -1
