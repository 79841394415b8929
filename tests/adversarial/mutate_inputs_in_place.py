# ruff: noqa
"""
exercise = "group_and_average"
expect_verdict = ["wrong_answer", "runtime_error"]
must_not = "pass by mutating its inputs in place (emptying the records, rewriting their values) and returning what the mutated inputs imply"
"""


def group_and_average(results, group_key="geometry", value_key="error"):
    for record in results:
        for key in list(record):
            record[key] = 0
    results.clear()
    return {}
