def group_and_average(
    results: list[dict],
    group_key: str = "geometry",
    value_key: str = "error",
) -> dict:
    """Mean of `value_key` for each distinct value of `group_key`.

    Groups appear in the order they are first seen in `results`.
    """
    raise NotImplementedError("group the records, then average each group")
