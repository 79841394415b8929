"""Correct but naive: attention computed one query row at a time in Python.

Each of the B * H * Lq query rows gets its own scores, masked softmax and weighted
sum of values. That is fine for the tests' few rows; on the benchmark's 16 x 8 x 128
queries it runs 16,384 rounds of small tensor operations, whose per-call overhead
dwarfs the arithmetic, and must miss the bound by a wide margin.
"""

import math

import torch


def masked_attention(
    q: torch.Tensor,
    k: torch.Tensor,
    v: torch.Tensor,
    mask: torch.Tensor | None = None,
) -> torch.Tensor:
    batch, heads, num_queries, _ = q.shape
    scale = 1.0 / math.sqrt(q.shape[-1])
    num_keys = k.shape[-2]
    out = q.new_zeros(batch, heads, num_queries, v.shape[-1])
    if mask is not None:
        mask = torch.broadcast_to(mask.to(torch.bool), (batch, heads, num_queries, num_keys))
    for b in range(batch):
        for h in range(heads):
            keys, values = k[b, h], v[b, h]
            for i in range(num_queries):
                scores = (keys @ q[b, h, i]) * scale  # (Lk,)
                if mask is not None:
                    keep = mask[b, h, i]
                    if not bool(keep.any()):
                        continue  # nothing to attend to: the row stays zero
                    scores = scores.masked_fill(~keep, float("-inf"))
                out[b, h, i] = torch.softmax(scores, dim=0) @ values
    return out
