"""Normalises over the batch axis (dim=0) instead of the class axis."""
import torch


def cross_entropy_from_logits(logits, targets, ignore_index=-100):
    keep = targets != ignore_index
    safe = torch.where(keep, targets, torch.zeros_like(targets))
    log_probs = logits - torch.logsumexp(logits, dim=0, keepdim=True)
    picked = log_probs.gather(1, safe.unsqueeze(1)).squeeze(1)
    return -(picked * keep).sum() / keep.sum()
