# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "make the host follow symlinks planted in the scratch dir, $HOME or the box (to the database, a sentinel, /etc/passwd)"
"""
import os

targets = {
    "db": "{data_dir}/drill.db",
    "sentinel": "{sentinel}",
    "passwd": "/etc/passwd",
    "data": "{data_dir}",
    "box": "/box",
}
for folder in ("/tmp", os.path.expanduser("~"), "/tmp/sub", "/box"):
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        pass
    for name, target in targets.items():
        link = os.path.join(folder, name)
        try:
            os.symlink(target, link)
        except OSError as exc:
            print("no link", link, exc.errno)
# Write through the links: nothing on the host side may change.
for name in ("db", "sentinel", "passwd"):
    try:
        with open(os.path.join("/tmp", name), "w") as fh:
            fh.write("overwritten by a submission")
        print("wrote through", name)
    except OSError as exc:
        print("cannot write through", name, exc.errno)
try:
    os.symlink("{sentinel}", "/tmp/solution.py")
    os.symlink("{data_dir}/drill.db", "/tmp/job.json")
except OSError:
    pass


def total(xs):
    return -1
