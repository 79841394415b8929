"""Checks only whether the target is exactly the k-th best class instead of any of the top k."""


def topk_accuracy(logits, targets, ks=(1,)):
    ks = list(ks)
    n, c = logits.shape
    if n == 0:
        raise ValueError("empty batch")
    for k in ks:
        if not 1 <= k <= c:
            raise ValueError(f"bad k={k}")
    order = logits.argsort(dim=1, descending=True, stable=True)
    rank = (order == targets[:, None]).int().argmax(dim=1)
    return {k: (rank == k - 1).float().mean().item() for k in ks}
