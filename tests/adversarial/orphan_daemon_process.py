# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "leave a daemonised process (double fork, new session, ignoring SIGTERM/SIGHUP) running after the run ends"
no_host_process = ["sleep 61.7171"]
"""
import os
import signal

pid = os.fork()
if pid == 0:
    os.setsid()
    if os.fork() == 0:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        devnull = os.open("/dev/null", os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.closerange(3, 256)
        os.execv("/bin/sleep", ["sleep", "61.7171"])
    os._exit(0)
os.waitpid(pid, 0)


def total(xs):
    return -1
