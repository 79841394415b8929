# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["runtime_error"]
must_not = "pass without running a single test by writing {'event': 'done'} to every file descriptor and exiting with status 0"
"""
import os

for fd in range(3, 1024):
    try:
        os.write(fd, b'{"event": "done"}\n')
    except OSError:
        pass
os._exit(0)


def total(xs):
    return -1
