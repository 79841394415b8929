"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import torch


def causal_padded_b16_h8_l128_d64(
    seed: int,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """A decoder batch: 16 sequences of up to 128 tokens, 8 heads of size 64.

    The mask is causal and also hides each sequence's padding keys; every query still
    sees key 0, so no row is fully masked.
    """
    generator = torch.Generator(device=torch.get_default_device()).manual_seed(seed)
    batch, heads, length, dim = 16, 8, 128, 64
    q = torch.randn(batch, heads, length, dim, generator=generator)
    k = torch.randn(batch, heads, length, dim, generator=generator)
    v = torch.randn(batch, heads, length, dim, generator=generator)
    lengths = torch.randint(length // 2, length + 1, (batch,), generator=generator)
    causal = torch.ones(length, length, dtype=torch.bool).tril()
    padding = torch.arange(length)[None, :] < lengths[:, None]  # (B, Lk)
    mask = causal[None, None] & padding[:, None, None, :]  # (B, 1, Lq, Lk)
    return q, k, v, mask
