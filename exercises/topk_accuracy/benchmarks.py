"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import torch


def scores_n4096_c100(seed: int) -> tuple[torch.Tensor, torch.Tensor, tuple[int, ...]]:
    """4,096 float32 rows of 100 class scores; top-1 and top-5 accuracy."""
    generator = torch.Generator(device=torch.get_default_device()).manual_seed(seed)
    num_samples, num_classes = 4_096, 100
    logits = torch.randn(num_samples, num_classes, generator=generator)
    targets = torch.randint(0, num_classes, (num_samples,), generator=generator)
    # Make the scores informative, so the accuracies are not all near chance.
    logits[torch.arange(num_samples), targets] += 2.0
    return logits, targets, (1, 5)
