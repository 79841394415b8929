# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer", "runtime_error", "time_limit_exceeded"]
must_not = "start threads without bound (the processes/threads cap must stop it)"
output_present = ["THREADS-CAPPED"]
output_absent = ["THREADS-UNCAPPED"]
"""
import threading
import time

threading.stack_size(64 * 1024)
started = 0
try:
    while started < 5000:
        threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
        started += 1
    print("THREADS-" + "UNCAPPED", started)
except (RuntimeError, MemoryError, OSError) as exc:
    print("THREADS-CAPPED", started, type(exc).__name__)


def total(xs):
    return -1
