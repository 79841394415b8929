"""Divides with // instead of /: averages are floored (2.5 becomes 2, 0.4 becomes 0.0)."""
from collections import defaultdict


def group_and_average(results, group_key="geometry", value_key="error"):
    groups = defaultdict(list)
    for r in results:
        groups[r[group_key]].append(r[value_key])
    return {k: sum(v) // len(v) for k, v in groups.items()}
