"""Applies the mask after the softmax (multiplies the weights by it): the visible
weights no longer add up to 1."""
import math

import torch


def masked_attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])
    w = torch.softmax(scores, dim=-1)
    if mask is not None:
        w = w * mask
    return w @ v
