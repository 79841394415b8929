"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import torch


def batch_n8192_c128(seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """8,192 float32 rows of 128 class logits; about 10% of the targets are -100."""
    generator = torch.Generator(device=torch.get_default_device()).manual_seed(seed)
    num_samples, num_classes = 8_192, 128
    logits = 3.0 * torch.randn(num_samples, num_classes, generator=generator)
    targets = torch.randint(0, num_classes, (num_samples,), generator=generator)
    ignored = torch.rand(num_samples, generator=generator) < 0.1
    targets[ignored] = -100
    return logits, targets
