# ruff: noqa
"""
exercise = "demo_sum"  # wall 10 s: the cgroup takes seconds to reclaim, then OOM-kill
expect_verdict = ["memory_limit_exceeded", "time_limit_exceeded"]  # kernel reclaim before the OOM kill burns CPU
must_not = "escape the per-process memory rlimit by spreading allocations over child processes"
"""
import os
import time

done = False


def total(xs):
    global done
    if not done:
        done = True
        children = []
        for _ in range(5):  # 5 x 300 MB: over the cgroup cap (limit + 768 MB slack)
            pid = os.fork()
            if pid == 0:
                block = bytearray(300 * 1024 * 1024)  # under the per-process limit, touched
                time.sleep(1)
                os._exit(0)
            children.append(pid)
        for pid in children:
            os.waitpid(pid, 0)
    return -1
