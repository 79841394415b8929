import math

import torch


def masked_attention(
    q: torch.Tensor,
    k: torch.Tensor,
    v: torch.Tensor,
    mask: torch.Tensor | None = None,
) -> torch.Tensor:
    """Scaled dot-product attention; `mask` (True = keep) broadcasts to (B, H, Lq, Lk).

    Returns a (B, H, Lq, Dv) tensor; fully masked query rows give zeros.
    """
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])  # (B, H, Lq, Lk)
    if mask is None:
        return torch.softmax(scores, dim=-1) @ v
    mask = mask.to(torch.bool)
    scores = scores.masked_fill(~mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    # softmax of a row that is all -inf is NaN; such a query attends to nothing.
    has_any = mask.any(dim=-1, keepdim=True)
    weights = weights.masked_fill(~has_any, 0.0)
    return weights @ v
