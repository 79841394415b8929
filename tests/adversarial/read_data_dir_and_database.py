# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "read the data directory, the SQLite database or a secret file on the host"
output_present = ["denied"]
output_absent = ["LEAK:"]
"""
import glob
import os

HIT = "LE" + "AK:"
paths = ["{data_dir}/drill.db", "{data_dir}/secret.txt", "{host_dir}/host_secret.txt"]
paths += glob.glob("{data_dir}/*") + glob.glob("{host_dir}/*")
for path in paths:
    try:
        with open(path, "rb") as fh:
            print(HIT, path, fh.read(200))
    except OSError as exc:
        print("denied", path, exc.errno)
for folder in ("{data_dir}", "{host_dir}"):
    try:
        print(HIT, folder, os.listdir(folder))
    except OSError as exc:
        print("denied", folder, exc.errno)


def total(xs):
    return -1
