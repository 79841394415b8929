"""Uses dict.get and skips records whose value is missing or falsy: no KeyError, and zeros are dropped."""
from collections import defaultdict


def group_and_average(results, group_key="geometry", value_key="error"):
    groups = defaultdict(list)
    for r in results:
        key, value = r.get(group_key), r.get(value_key)
        if key is None or not value:
            continue
        groups[key].append(value)
    return {k: sum(v) / len(v) for k, v in groups.items()}
