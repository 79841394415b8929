"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import torch


def fields_2048_3x16x16(seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """A batch of 2,048 float32 fields of shape (3, 16, 16): a target and a prediction a few
    percent off. Each is built as a sum of broadcast random profiles, which is several times
    cheaper to draw than 1.6 million independent numbers and still differs per sample."""
    generator = torch.Generator(device=torch.get_default_device()).manual_seed(seed)
    batch, channels, height, width = 2_048, 3, 16, 16
    rows = torch.rand(batch, channels, height, 1, generator=generator)
    cols = torch.rand(batch, 1, 1, width, generator=generator)
    target = rows + cols  # (batch, channels, height, width), values in [0, 2)
    noise = torch.rand(batch, 1, height, width, generator=generator)
    pred = (noise - 0.5) * 0.1 + target  # a small tensor until it meets target
    return pred, target
