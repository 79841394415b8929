# ruff: noqa
"""
exercise = "hostile_sum"
after = "leave_files_writer"
expect_verdict = ["wrong_answer"]
must_not = "see anything a previous submission (leave_files_writer, graded just before) left behind"
output_present = ["NOTHING-LEFT"]
output_absent = ["FOUND-LEFTOVER"]
"""
import builtins
import os
import sys

MARK = "drill-leftover-3c1e"
found = []
for folder in ("/tmp", os.path.expanduser("~"), "/dev/shm", "/dev", "/var/tmp", "/", "/opt", "/etc", "/work", "/box"):
    if os.path.exists(os.path.join(folder, MARK)):
        found.append(os.path.join(folder, MARK))
if MARK in sys.modules:
    found.append("sys.modules")
if hasattr(builtins, MARK.replace("-", "_")):
    found.append("builtins")
if MARK.replace("-", "_") in os.environ:
    found.append("environ")
print("FOUND-" + "LEFTOVER" if found else "NOTHING-LEFT", found)


def total(xs):
    return found or -1  # what it found shows up in the test messages too
