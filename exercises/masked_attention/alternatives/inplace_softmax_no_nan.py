"""A hand-written softmax, in place, that never produces a NaN to repair.

Masked scores are set to -inf, then every row is shifted by its maximum clamped to
a finite number: a fully masked row is shifted by the most negative float instead
of by -inf, so it stays -inf everywhere, exponentiates to zeros, and the division by
a sum clamped away from 0 keeps it at zero. The reference instead lets softmax give
NaN for such rows and overwrites them afterwards.
"""

import math

import torch


def masked_attention(q, k, v, mask=None):
    scores = torch.matmul(q, k.transpose(-2, -1)).mul_(1.0 / math.sqrt(q.shape[-1]))
    if mask is not None:
        scores.masked_fill_(~mask.bool(), float("-inf"))
    info = torch.finfo(scores.dtype)
    shift = scores.amax(dim=-1, keepdim=True).clamp_min_(info.min)
    weights = scores.sub_(shift).exp_()  # masked entries: exp(-inf) = 0 exactly
    total = weights.sum(dim=-1, keepdim=True).clamp_min_(info.tiny)
    return torch.matmul(weights.div_(total), v)
