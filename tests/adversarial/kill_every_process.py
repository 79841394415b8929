# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer", "runtime_error"]
must_not = "signal processes outside its own sandbox with kill(-1), or kill pid 1 of the host"
"""
import os
import signal

for target in (-1, 1):
    for sig in (signal.SIGSTOP, signal.SIGKILL):
        try:
            os.kill(target, sig)
        except OSError:
            pass


def total(xs):
    return -1
