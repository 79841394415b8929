import torch


def cross_entropy_from_logits(
    logits: torch.Tensor,
    targets: torch.Tensor,
    ignore_index: int = -100,
) -> torch.Tensor:
    """Mean cross-entropy over the samples whose target is not `ignore_index`.

    `logits` is (N, C), `targets` is (N,) with class numbers or `ignore_index`.
    """
    return logits.sum() * 0.0  # placeholder: replace with the real loss
