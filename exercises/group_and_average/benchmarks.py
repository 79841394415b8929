"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import numpy as np


def runs_200k_500_groups(seed: int) -> tuple[list[dict]]:
    """200,000 simulation records over 500 geometries, each record with three fields."""
    rng = np.random.default_rng(seed)
    names = [f"geometry-{k:03d}" for k in range(500)]
    groups = rng.integers(0, len(names), size=200_000).tolist()
    errors = rng.uniform(0.0, 2.0, size=200_000).tolist()
    meshes = rng.integers(1, 65, size=200_000).tolist()
    runs = [
        {"geometry": names[g], "error": e, "mesh": m}
        for g, e, m in zip(groups, errors, meshes, strict=True)
    ]
    return (runs,)
