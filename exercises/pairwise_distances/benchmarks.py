"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import torch


def points_4096_d64(seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    generator = torch.Generator(device=torch.get_default_device()).manual_seed(seed)
    x = torch.randn(4096, 64, generator=generator)
    y = torch.randn(4096, 64, generator=generator)
    return x, y
