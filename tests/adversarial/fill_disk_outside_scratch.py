# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "write 160 MB outside the size-capped /tmp scratch (sandbox root, /dev/shm, /etc)"
output_absent = ["UNCAPPED-WRITE"]
"""
import os

block = b"\0" * (1024 * 1024)
for where in ("/", "/dev/shm", "/etc", "/opt"):
    written = 0
    try:
        for n in range(5):
            with open(os.path.join(where, f"fill{n}"), "wb") as fh:
                for _ in range(32):
                    fh.write(block)
                    fh.flush()
                    written += 1
        print("UNCAPPED" + "-WRITE", where, written, "MB")
    except OSError as exc:
        print("refused", where, written, "MB", exc.errno)
    for n in range(5):
        try:
            os.remove(os.path.join(where, f"fill{n}"))
        except OSError:
            pass


def total(xs):
    return -1
