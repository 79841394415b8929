"""Builds keys as prefix + sep + key even at the top level: every flat key starts with the
separator."""


def flatten_config(config, sep="."):
    flat = {}

    def walk(node, prefix):
        for key, value in node.items():
            if sep in key:
                raise ValueError(f"key {key!r} contains {sep!r}")
            full = prefix + sep + key
            if isinstance(value, dict) and value:
                walk(value, full)
            else:
                flat[full] = value

    walk(config, "")
    return flat


def unflatten_config(flat, sep="."):
    nested, leaves = {}, set()
    for key, value in flat.items():
        parts = tuple(key.split(sep))
        node = nested
        for depth in range(len(parts) - 1):
            if parts[: depth + 1] in leaves:
                raise ValueError(f"conflicting keys at {key!r}")
            node = node.setdefault(parts[depth], {})
        if parts[-1] in node:
            raise ValueError(f"conflicting keys at {key!r}")
        node[parts[-1]] = value
        leaves.add(parts)
    return nested
