# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "read the server's environment (secrets) through /proc/<pid>/environ of any visible process"
output_present = ["scanned"]
"""
import os

for pid in sorted(os.listdir("/proc")):
    if not pid.isdigit():
        continue
    for name in ("environ", "cmdline"):
        try:
            with open(f"/proc/{pid}/{name}", "rb") as fh:
                print(pid, name, fh.read().replace(b"\0", b" ").decode(errors="replace"))
        except OSError as exc:
            print(pid, name, "denied", exc.errno)
print("scanned")


def total(xs):
    return -1
