import torch


def cross_entropy_from_logits(
    logits: torch.Tensor,
    targets: torch.Tensor,
    ignore_index: int = -100,
) -> torch.Tensor:
    """Mean cross-entropy over the samples whose target is not `ignore_index`.

    `logits` is (N, C), `targets` is (N,) with class numbers or `ignore_index`.
    """
    keep = targets != ignore_index
    kept_logits = logits[keep]  # (K, C)
    kept_targets = targets[keep].long()  # (K,)
    # -log softmax(z)[t] = logsumexp(z) - z[t]; logsumexp subtracts the max internally.
    log_norm = torch.logsumexp(kept_logits, dim=1)
    picked = kept_logits.gather(1, kept_targets.unsqueeze(1)).squeeze(1)
    losses = log_norm - picked
    return losses.sum() / keep.sum()  # K == 0 gives 0 / 0 = NaN
