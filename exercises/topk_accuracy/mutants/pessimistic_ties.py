"""Counts classes with a score >= the target's (minus the target itself): ties go against
the target instead of in its favour."""


def topk_accuracy(logits, targets, ks=(1,)):
    ks = list(ks)
    n, c = logits.shape
    if n == 0:
        raise ValueError("empty batch")
    for k in ks:
        if not 1 <= k <= c:
            raise ValueError(f"bad k={k}")
    rank = (logits >= logits.gather(1, targets[:, None])).sum(1) - 1
    return {k: (rank < k).float().mean().item() for k in ks}
