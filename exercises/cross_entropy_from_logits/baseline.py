"""Correct but naive: a Python loop over the samples.

Each kept row's loss is computed on its own (logsumexp of the row minus the target's
logit) and added to a running total. Fine for the tests' few rows; the benchmark has
8,192 of them, so the loop pays the overhead of several tensor operations per row
and must miss the bound by a wide margin.
"""

import torch


def cross_entropy_from_logits(
    logits: torch.Tensor,
    targets: torch.Tensor,
    ignore_index: int = -100,
) -> torch.Tensor:
    total = logits.new_zeros(())
    kept = 0
    for i, target in enumerate(targets.tolist()):
        if target == ignore_index:
            continue
        row = logits[i]
        total = total + (torch.logsumexp(row, dim=0) - row[target])
        kept += 1
    return total / kept  # no kept row: 0 / 0 = NaN, as in F.cross_entropy
