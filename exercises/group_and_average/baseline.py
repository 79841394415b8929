"""Correct but naive: collect the distinct groups, then rescan every record for each one.

First-seen order, float averages, custom keys and KeyError on a missing field all come
out right, so every test passes. But the work grows as (records x groups): with the
benchmark's 200,000 records spread over 500 groups that is a hundred million dict
lookups instead of two hundred thousand, so it must miss the bound by far.
"""


def group_and_average(
    results: list[dict],
    group_key: str = "geometry",
    value_key: str = "error",
) -> dict:
    groups = []
    for record in results:  # also raises KeyError for a missing group_key
        record[value_key]  # ... and for a missing value_key
        if record[group_key] not in groups:
            groups.append(record[group_key])
    averages = {}
    for group in groups:
        values = [record[value_key] for record in results if record[group_key] == group]
        averages[group] = sum(values) / len(values)
    return averages
