"""Returns the number of correct samples instead of dividing by the batch size."""


def topk_accuracy(logits, targets, ks=(1,)):
    ks = list(ks)
    n, c = logits.shape
    if n == 0:
        raise ValueError("empty batch")
    for k in ks:
        if not 1 <= k <= c:
            raise ValueError(f"bad k={k}")
    rank = (logits > logits.gather(1, targets[:, None])).sum(1)
    return {k: float((rank < k).sum()) for k in ks}
