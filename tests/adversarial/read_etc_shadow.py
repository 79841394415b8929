# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "read the host's /etc/shadow or /etc/passwd, directly or through /proc/<pid>/root"
output_present = ["denied"]
output_absent = ["LEAK:"]
"""
import glob

HIT = "LE" + "AK:"
paths = ["/etc/shadow", "/etc/passwd", "/etc/hostname", "/proc/self/root/etc/shadow"]
paths += glob.glob("/proc/*/root/etc/shadow") + glob.glob("/proc/*/cwd/etc/shadow")
for path in paths:
    try:
        with open(path, "rb") as fh:
            print(HIT, path, fh.read(200))
    except OSError as exc:
        print("denied", path, exc.errno)


def total(xs):
    return -1
