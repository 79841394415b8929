"""Reads the mask the other way round (True = masked out)."""
import math

import torch


def masked_attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])
    if mask is None:
        return torch.softmax(scores, dim=-1) @ v
    scores = scores.masked_fill(mask, float("-inf"))
    w = torch.softmax(scores, dim=-1).masked_fill(mask.all(-1, keepdim=True), 0.0)
    return w @ v
