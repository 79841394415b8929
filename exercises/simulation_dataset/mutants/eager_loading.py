"""Loads every file in __init__ and serves samples from memory: not lazy, so files
rewritten or removed after creation are served stale and one broken file breaks
the whole dataset."""
import os

import numpy as np
import torch
from torch.utils.data import Dataset

KEYS = ("params", "coords", "field")


class SimulationDataset(Dataset):
    """Lazily loads one simulation (params, coords, field) per .npz file in data_dir."""

    def __init__(self, data_dir: str, transform=None):
        self.data_dir = data_dir
        self.transform = transform
        names = sorted(name for name in os.listdir(data_dir) if name.endswith(".npz"))
        self.file_paths = [os.path.join(data_dir, name) for name in names]
        self.samples = []
        for path in self.file_paths:
            with np.load(path) as data:
                self.samples.append(
                    {key: torch.tensor(data[key], dtype=torch.float32) for key in KEYS}
                )

    def __len__(self) -> int:
        return len(self.file_paths)

    def __getitem__(self, idx: int) -> dict[str, torch.Tensor]:
        sample = dict(self.samples[idx])

        if self.transform is not None:
            sample = self.transform(sample)
        return sample


def collate_variable_size(batch: list[dict]) -> dict[str, torch.Tensor]:
    """Stack params; zero-pad coords and field to the largest node count; add a bool mask."""
    sizes = [sample["coords"].shape[0] for sample in batch]
    n_max = max(sizes)
    b = len(batch)
    coords = torch.zeros(b, n_max, batch[0]["coords"].shape[1], dtype=torch.float32)
    field = torch.zeros(b, n_max, batch[0]["field"].shape[1], dtype=torch.float32)
    mask = torch.zeros(b, n_max, dtype=torch.bool)
    for i, (sample, n) in enumerate(zip(batch, sizes, strict=True)):
        coords[i, :n] = sample["coords"]
        field[i, :n] = sample["field"]
        mask[i, :n] = True
    return {
        "params": torch.stack([sample["params"] for sample in batch]).float(),
        "coords": coords,
        "field": field,
        "mask": mask,
    }
