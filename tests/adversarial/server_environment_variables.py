# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "see the server's environment variables (DRILL_*, secrets) in its own environment"
output_present = ["ENV-CHECKED"]
output_absent = ["SERVER-ENV"]
"""
import os

for key, value in os.environ.items():
    print(key, "=", value)
    if key.startswith("DRILL_") or "SECRET" in key or "TOKEN" in key or "PASSWORD" in key:
        print("SERVER-" + "ENV", key)
print("ENV-CHECKED", len(os.environ))


def total(xs):
    return -1
