import torch


def topk_accuracy(logits: torch.Tensor, targets: torch.Tensor, ks=(1,)) -> dict:
    """Fraction of samples whose target is among the top k scores, for each k in `ks`.

    A sample counts at k when fewer than k classes score strictly higher than its target.
    """
    ks = list(ks)
    n, num_classes = logits.shape
    for k in ks:
        if not 1 <= k <= num_classes:
            raise ValueError(f"k must be between 1 and {num_classes}, got k={k}")
    if n == 0:
        raise ValueError("cannot compute accuracy of an empty batch")
    target_scores = logits.gather(1, targets.long().unsqueeze(1))  # (N, 1)
    rank = (logits > target_scores).sum(dim=1)  # classes strictly better than the target
    return {k: (rank < k).double().mean().item() for k in ks}
