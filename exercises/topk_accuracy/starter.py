import torch


def topk_accuracy(logits: torch.Tensor, targets: torch.Tensor, ks=(1,)) -> dict:
    """Fraction of samples whose target is among the top k scores, for each k in `ks`.

    A sample counts at k when fewer than k classes score strictly higher than its target.
    """
    return {k: 0.0 for k in ks}  # placeholder: replace with the real fractions
