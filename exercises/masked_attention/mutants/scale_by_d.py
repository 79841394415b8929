"""Divides the scores by D instead of sqrt(D)."""
import torch


def masked_attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / q.shape[-1]
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
        w = torch.softmax(scores, dim=-1).masked_fill(~mask.any(-1, keepdim=True), 0.0)
    else:
        w = torch.softmax(scores, dim=-1)
    return w @ v
