def flatten_config(config: dict, sep: str = ".") -> dict:
    """Nested dict -> flat dict with keys joined by `sep` (lists and empty dicts are leaves)."""
    flat: dict = {}

    def walk(node: dict, path: tuple[str, ...]) -> None:
        for key, value in node.items():
            if sep in key:
                raise ValueError(f"key {key!r} contains the separator {sep!r}")
            if isinstance(value, dict) and value:
                walk(value, (*path, key))
            else:
                # Lists, scalars and empty dicts are leaves; an empty dict must be
                # kept or the round trip would lose it.
                flat[sep.join((*path, key))] = value

    walk(config, ())
    return flat


def unflatten_config(flat: dict, sep: str = ".") -> dict:
    """Flat dict with `sep`-joined keys -> nested dict. Raises ValueError on conflicting keys."""
    nested: dict = {}
    leaf_paths: set[tuple[str, ...]] = set()
    for key, value in flat.items():
        parts = tuple(key.split(sep))
        node = nested
        for depth in range(len(parts) - 1):
            prefix = parts[: depth + 1]
            if prefix in leaf_paths:  # an earlier key stored a value here
                raise ValueError(
                    f"conflicting keys: {sep.join(prefix)!r} is a value "
                    f"and also a prefix of {key!r}"
                )
            node = node.setdefault(parts[depth], {})
        if parts[-1] in node:  # keys are unique, so this can only be a sub-dict
            raise ValueError(
                f"conflicting keys: {key!r} is a value and also a prefix of other keys"
            )
        node[parts[-1]] = value
        leaf_paths.add(parts)
    return nested
