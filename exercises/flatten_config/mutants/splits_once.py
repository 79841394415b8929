"""Splits each flat key only at its first separator: only one level of nesting is rebuilt."""


def flatten_config(config, sep="."):
    flat = {}

    def walk(node, path):
        for key, value in node.items():
            if sep in key:
                raise ValueError(f"key {key!r} contains {sep!r}")
            if isinstance(value, dict) and value:
                walk(value, (*path, key))
            else:
                flat[sep.join((*path, key))] = value

    walk(config, ())
    return flat


def unflatten_config(flat, sep="."):
    nested = {}
    for key, value in flat.items():
        if sep in key:
            head, rest = key.split(sep, 1)
            if head in nested and not isinstance(nested[head], dict):
                raise ValueError(f"conflicting keys at {head!r}")
            if rest in nested.setdefault(head, {}):
                raise ValueError(f"conflicting keys at {key!r}")
            nested[head][rest] = value
        else:
            if key in nested:
                raise ValueError(f"conflicting keys at {key!r}")
            nested[key] = value
    return nested
