def flatten_config(config: dict, sep: str = ".") -> dict:
    """Nested dict -> flat dict with keys joined by `sep` (lists and empty dicts are leaves)."""
    return dict(config)  # TODO: recurse into nested dicts


def unflatten_config(flat: dict, sep: str = ".") -> dict:
    """Flat dict with `sep`-joined keys -> nested dict. Raises ValueError on conflicting keys."""
    return dict(flat)  # TODO: split the keys and rebuild the nesting
