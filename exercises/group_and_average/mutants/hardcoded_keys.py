"""Ignores the group_key/value_key arguments and always reads "geometry" and "error"."""
from collections import defaultdict


def group_and_average(results, group_key="geometry", value_key="error"):
    groups = defaultdict(list)
    for r in results:
        groups[r["geometry"]].append(r["error"])
    return {k: sum(v) / len(v) for k, v in groups.items()}
