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
    out_shape = (*q.shape[:-1], v.shape[-1])
    return torch.zeros(out_shape, dtype=q.dtype)  # placeholder: replace with attention
