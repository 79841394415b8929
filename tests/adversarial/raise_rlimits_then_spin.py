# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["time_limit_exceeded"]
must_not = "lift its own CPU, memory, file-size or process rlimits (or renice others) and then spin past the CPU limit"
output_absent = ["RLIMIT-RAISED"]
"""
import os
import resource

for name in ("RLIMIT_CPU", "RLIMIT_DATA", "RLIMIT_AS", "RLIMIT_FSIZE", "RLIMIT_NPROC", "RLIMIT_NOFILE"):
    which = getattr(resource, name)
    soft, hard = resource.getrlimit(which)
    if hard == resource.RLIM_INFINITY:
        continue
    try:
        resource.setrlimit(which, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        print("RLIMIT-" + "RAISED", name)
    except (ValueError, OSError):
        pass
try:
    os.setpriority(os.PRIO_PROCESS, 1, -20)
except OSError:
    pass


def total(xs):
    while True:
        pass
