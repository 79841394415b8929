"""Unflattens with plain setdefault and no conflict check: a TypeError in one key order and a
silent overwrite in the other."""


def flatten_config(config, sep="."):
    flat = {}
    for key, value in config.items():
        if sep in key:
            raise ValueError(f"key {key!r} contains {sep!r}")
        if isinstance(value, dict) and value:
            for sub_key, sub_value in flatten_config(value, sep).items():
                flat[key + sep + sub_key] = sub_value
        else:
            flat[key] = value
    return flat


def unflatten_config(flat, sep="."):
    nested = {}
    for key, value in flat.items():
        *parents, last = key.split(sep)
        node = nested
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return nested
