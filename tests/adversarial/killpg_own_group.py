# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "take anything but itself down by SIGKILLing its process group and session"
"""
import os
import signal


def total(xs):
    os.killpg(os.getpgid(0), signal.SIGKILL)
    os.kill(0, signal.SIGKILL)
    return -1
