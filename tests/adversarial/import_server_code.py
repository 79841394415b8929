# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "import the server's own packages (app, sandbox) and read their settings or the bank through them"
output_present = ["IMPORT-DENIED"]
output_absent = ["IMPORTED-SERVER"]
"""
import importlib

for name in ("app.settings", "app.bank", "app.grading", "sandbox.runner"):
    try:
        module = importlib.import_module(name)
        print("IMPORTED-" + "SERVER", name, getattr(module, "__file__", "?"))
    except Exception as exc:
        print("IMPORT-DENIED", name, type(exc).__name__)


def total(xs):
    return -1
