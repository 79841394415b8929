# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "write one file past the file-size limit, or more than the scratch size into /tmp"
output_present = ["FILE-CAPPED", "SCRATCH-FULL"]
output_absent = ["FILE-UNCAPPED", "SCRATCH-UNBOUNDED"]
"""
import os

block = b"\0" * (1024 * 1024)


def fill(path, megabytes):
    written = 0
    with open(path, "wb") as fh:
        for _ in range(megabytes):
            fh.write(block)
            fh.flush()
            written += 1
    return written


try:
    fill("/tmp/big", 48)
    print("FILE-" + "UNCAPPED")
except OSError as exc:
    print("FILE-CAPPED", exc.errno)
os.remove("/tmp/big")

written = 0
try:
    for n in range(16):
        written += fill(f"/tmp/fill{n}", 16)
    print("SCRATCH-" + "UNBOUNDED", written, "MB")
except OSError as exc:
    print("SCRATCH-FULL", exc.errno)


def total(xs):
    return -1
