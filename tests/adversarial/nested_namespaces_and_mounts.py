# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "create a nested user namespace (regaining capabilities), mount anything, chroot or pivot out of the sandbox"
output_present = ["NS-DENIED"]
output_absent = ["NS-GRANTED"]
"""
import ctypes
import os

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWNET = 0x00020000, 0x10000000, 0x40000000
libc = ctypes.CDLL(None, use_errno=True)
for flags, what in ((CLONE_NEWUSER, "userns"), (CLONE_NEWNS, "mountns"), (CLONE_NEWNET, "netns")):
    if libc.unshare(flags) == 0:
        print("NS-" + "GRANTED", what)
    else:
        print("NS-DENIED", what, ctypes.get_errno())
if libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == 0:
    print("NS-" + "GRANTED", "mount")
else:
    print("NS-DENIED", "mount", ctypes.get_errno())
if libc.mount(None, b"/box", None, 0x20 | 0x1000, None) == 0:  # MS_REMOUNT|MS_BIND, read-write
    print("NS-" + "GRANTED", "remount /box read-write")
else:
    print("NS-DENIED", "remount", ctypes.get_errno())
try:
    os.chroot("/tmp")
    print("NS-" + "GRANTED", "chroot")
except OSError as exc:
    print("NS-DENIED", "chroot", exc.errno)


def total(xs):
    return -1
