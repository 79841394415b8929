# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "leave anything behind for the next submission (files in /tmp, $HOME, /dev, /dev/shm, the sandbox root, /opt, /etc; modules; builtins; environment)"
output_present = ["PLANTED"]
"""
import builtins
import os
import sys
import types

MARK = "drill-leftover-3c1e"
planted = []
for folder in ("/tmp", os.path.expanduser("~"), "/dev/shm", "/dev", "/var/tmp", "/", "/opt", "/etc", "/work", "/box"):
    try:
        with open(os.path.join(folder, MARK), "w") as fh:
            fh.write(MARK)
        planted.append(folder)
    except OSError:
        pass
sys.modules[MARK] = types.ModuleType(MARK)
setattr(builtins, MARK.replace("-", "_"), True)
os.environ[MARK.replace("-", "_")] = "1"
print("PLANTED", planted)


def total(xs):
    return -1
