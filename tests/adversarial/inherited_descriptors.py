# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "inherit open descriptors of host files or directories from the worker (anything not visible inside the sandbox anyway)"
output_present = ["FDS-CHECKED"]
output_absent = ["HOST-FD"]
"""
import os


def visible_here(fd, target):
    """The descriptor refers to the very file this sandbox sees at that path."""
    if target.startswith(("pipe:", "socket:", "anon_inode:")):
        return True
    try:
        return os.path.samefile(f"/proc/self/fd/{fd}", target)
    except OSError:
        return False


for fd in range(1024):
    try:
        target = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        continue
    print("HOST-" + "FD" if not visible_here(fd, target) else "fd", fd, target)
print("FDS-CHECKED")


def total(xs):
    return -1
