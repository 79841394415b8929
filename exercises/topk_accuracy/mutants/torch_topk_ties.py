"""Uses torch.topk and checks membership: ties are broken by topk's own order, so a
target tied for the k-th place can be left out."""


def topk_accuracy(logits, targets, ks=(1,)):
    ks = list(ks)
    n, c = logits.shape
    if n == 0:
        raise ValueError("empty batch")
    for k in ks:
        if not 1 <= k <= c:
            raise ValueError(f"bad k={k}")
    out = {}
    for k in ks:
        top = logits.topk(k, dim=1).indices
        out[k] = (top == targets[:, None]).any(dim=1).float().mean().item()
    return out
