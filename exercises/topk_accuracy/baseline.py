"""Correct but naive: a Python loop over the samples.

For each row, count the classes that score strictly above the target's score, then
compare that rank with every k. Fine for the tests' few rows; the benchmark has
4,096 of them, so the per-row tensor operations add up and must miss the bound by
a wide margin.
"""

import torch


def topk_accuracy(logits: torch.Tensor, targets: torch.Tensor, ks=(1,)) -> dict:
    ks = list(ks)
    num_samples, num_classes = logits.shape
    for k in ks:
        if not 1 <= k <= num_classes:
            raise ValueError(f"k must be between 1 and {num_classes}, got k={k}")
    if num_samples == 0:
        raise ValueError("cannot compute accuracy of an empty batch")
    hits = dict.fromkeys(ks, 0)
    for i, target in enumerate(targets.tolist()):
        row = logits[i]
        rank = int((row > row[target]).sum())
        for k in hits:
            if rank < k:
                hits[k] += 1
    return {k: hits[k] / num_samples for k in ks}
