from collections import defaultdict


def group_and_average(
    results: list[dict],
    group_key: str = "geometry",
    value_key: str = "error",
) -> dict:
    """Mean of `value_key` for each distinct value of `group_key`.

    Groups appear in the order they are first seen in `results`.
    """
    buckets: defaultdict = defaultdict(list)  # keeps insertion order, like dict
    for record in results:
        buckets[record[group_key]].append(record[value_key])
    return {group: sum(values) / len(values) for group, values in buckets.items()}
