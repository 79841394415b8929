# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["time_limit_exceeded"]
must_not = "start as many busy threads as the cap allows and spin on all of them past the CPU limit"
output_absent = ["THREADS-UNCAPPED"]
"""
import threading


def spin():
    n = 0
    while True:
        n += 1


def total(xs):
    threading.stack_size(64 * 1024)
    started = 0
    try:
        while started < 5000:
            threading.Thread(target=spin, daemon=True).start()
            started += 1
        print("THREADS-" + "UNCAPPED", started)
    except (RuntimeError, MemoryError, OSError):
        pass
    spin()
