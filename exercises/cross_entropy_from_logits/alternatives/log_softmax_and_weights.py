"""log_softmax over every row, then a 0/1 weight per sample instead of boolean indexing.

Ignored samples get a placeholder class 0 for the gather and a weight of 0, so the
shapes never depend on how many samples are kept. The mean is the weighted sum over
the sum of weights (0 / 0 = NaN when nothing is kept). No F.cross_entropy or
F.nll_loss: log_softmax only provides the stable log-probabilities.
"""

import torch


def cross_entropy_from_logits(logits, targets, ignore_index=-100):
    keep = targets != ignore_index
    safe_targets = torch.where(keep, targets, torch.zeros_like(targets)).long()
    log_probs = torch.log_softmax(logits, dim=-1)
    picked = log_probs.gather(1, safe_targets.unsqueeze(1)).squeeze(1)
    weights = keep.to(logits.dtype)
    return -(picked * weights).sum() / weights.sum()
