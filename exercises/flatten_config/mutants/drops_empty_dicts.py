"""Recurses into every dict, so empty dicts produce no key and vanish from the round trip."""


def flatten_config(config, sep="."):
    flat = {}

    def walk(node, path):
        for key, value in node.items():
            if sep in key:
                raise ValueError(f"key {key!r} contains {sep!r}")
            if isinstance(value, dict):
                walk(value, (*path, key))
            else:
                flat[sep.join((*path, key))] = value

    walk(config, ())
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
