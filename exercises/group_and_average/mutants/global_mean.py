"""Averages over all records instead of per group: every group gets the overall mean."""


def group_and_average(results, group_key="geometry", value_key="error"):
    if not results:
        return {}
    values = [r[value_key] for r in results]
    overall = sum(values) / len(values)
    out = {}
    for r in results:
        out[r[group_key]] = overall
    return out
