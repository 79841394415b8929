"""No recursion: flatten with an explicit stack, unflatten after checking all prefixes.

flatten_config pushes each dict's items in reverse so that popping visits them in
insertion order, depth first, exactly as recursion would. unflatten_config first
looks for a key that is also a prefix of a later or earlier key (using the set of
all keys, so the order of the two does not matter), then builds the nested dicts
without having to detect anything on the way.
"""


def flatten_config(config: dict, sep: str = ".") -> dict:
    flat = {}
    stack = [("", config)]  # (path so far, dict still to expand)
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict) and (value or not path):
            for key in value:
                if sep in key:
                    raise ValueError(f"key {key!r} contains the separator {sep!r}")
            prefix = path + sep if path else ""
            stack.extend((prefix + key, item) for key, item in reversed(value.items()))
        else:
            flat[path] = value  # a leaf: anything but a non-empty dict
    return flat


def unflatten_config(flat: dict, sep: str = ".") -> dict:
    keys = set(flat)
    for key in flat:
        parts = key.split(sep)
        for end in range(1, len(parts)):
            prefix = sep.join(parts[:end])
            if prefix in keys:
                raise ValueError(f"conflicting keys: {prefix!r} holds a value and prefixes {key!r}")
    nested = {}
    for key, value in flat.items():
        *parents, leaf = key.split(sep)
        node = nested
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return nested
