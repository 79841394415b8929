"""Off by one in the bookkeeping: a missing `else` adds each group's first record twice."""


def group_and_average(results, group_key="geometry", value_key="error"):
    totals, counts = {}, {}
    for r in results:
        key, value = r[group_key], r[value_key]
        if key not in totals:
            totals[key] = value
            counts[key] = 1
        totals[key] += value
        counts[key] += 1
    return {k: totals[k] / counts[k] for k in totals}
