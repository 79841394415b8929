# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "ptrace-attach to pid 1 or to its parent (and from there read or steer it)"
output_present = ["PTRACE-DENIED"]
output_absent = ["PTRACE-ATTACHED"]
"""
import ctypes
import os
import signal

PTRACE_ATTACH, PTRACE_DETACH, WALL = 16, 17, 0x40000000
libc = ctypes.CDLL(None, use_errno=True)
libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
for pid in sorted({1, os.getppid()}):
    if libc.ptrace(PTRACE_ATTACH, pid, None, None) == 0:
        print("PTRACE-" + "ATTACHED", pid)
        try:
            os.waitpid(pid, WALL)  # let it stop, then let it go so the run can end
        except OSError:
            pass
        libc.ptrace(PTRACE_DETACH, pid, None, None)
        os.kill(pid, signal.SIGCONT)
    else:
        print("PTRACE-DENIED", pid, ctypes.get_errno())


def total(xs):
    return -1
