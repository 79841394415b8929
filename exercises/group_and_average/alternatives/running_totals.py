"""Running (total, count) pairs in a plain dict instead of buckets of values.

Memory is one small list per group rather than every value, and the mean is only
formed at the end. A plain dict keeps first-seen order just as defaultdict does.
"""


def group_and_average(results, group_key="geometry", value_key="error"):
    sums = {}
    for record in results:
        group = record[group_key]
        value = record[value_key]
        entry = sums.get(group)
        if entry is None:
            sums[group] = [value, 1]
        else:
            entry[0] += value
            entry[1] += 1
    return {group: total / count for group, (total, count) in sums.items()}
