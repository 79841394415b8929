import numpy as np
import torch
from torch.utils.data import Dataset


class SimulationDataset(Dataset):
    """Lazily loads one simulation (params, coords, field) per .npz file in data_dir."""

    def __init__(self, data_dir: str, transform=None):
        self.data_dir = data_dir
        self.transform = transform
        # TODO: remember the sorted .npz paths (do not load them here)
        self.file_paths: list[str] = []

    def __len__(self) -> int:
        raise NotImplementedError

    def __getitem__(self, idx: int) -> dict[str, torch.Tensor]:
        data = np.load(self.file_paths[idx])
        raise NotImplementedError(f"turn {list(data.keys())} into float32 tensors")


def collate_variable_size(batch: list[dict]) -> dict[str, torch.Tensor]:
    """Stack params; zero-pad coords and field to the largest node count; add a bool mask."""
    raise NotImplementedError
