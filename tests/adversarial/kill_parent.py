# ruff: noqa
"""
exercise = "demo_sum"
expect_verdict = ["wrong_answer", "runtime_error"]
must_not = "kill the process that started it (the sandbox's supervisor, a zygote, the worker)"
"""
import os
import signal

for sig in (signal.SIGTERM, signal.SIGKILL):
    try:
        os.kill(os.getppid(), sig)
    except OSError:
        pass


def total(xs):
    try:
        os.kill(os.getppid(), signal.SIGKILL)
    except OSError:
        pass
    return -1
