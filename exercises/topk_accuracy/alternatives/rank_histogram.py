"""A histogram of ranks whose cumulative sum answers every k at once.

Each sample's rank is the number of classes scoring strictly higher than its target
(so ties go to the true class). bincount turns the ranks into a histogram, and its
running total at k - 1 counts the samples with rank < k. torch.topk would not do
here: it breaks ties arbitrarily, and on the CPU it is about twenty times slower than
one comparison over the whole (N, C) matrix.
"""

import torch


def topk_accuracy(logits, targets, ks=(1,)):
    ks = list(ks)
    n, num_classes = logits.shape
    bad = [k for k in ks if not 1 <= k <= num_classes]
    if bad:
        raise ValueError(f"k must lie in [1, {num_classes}], got k={bad[0]}")
    if n == 0:
        raise ValueError("the batch is empty (N == 0)")
    target_scores = logits.gather(1, targets.long().view(-1, 1))
    ranks = torch.count_nonzero(logits > target_scores, dim=1)
    correct_up_to = torch.bincount(ranks, minlength=num_classes).cumsum(0)
    return {k: correct_up_to[k - 1].item() / n for k in ks}
