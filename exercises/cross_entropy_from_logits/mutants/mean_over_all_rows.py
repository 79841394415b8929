"""Zeroes the ignored losses but then divides by N (all rows) instead of the kept count."""
import torch


def cross_entropy_from_logits(logits, targets, ignore_index=-100):
    keep = targets != ignore_index
    safe = torch.where(keep, targets, torch.zeros_like(targets))
    losses = torch.logsumexp(logits, dim=1) - logits.gather(1, safe.unsqueeze(1)).squeeze(1)
    return (losses * keep).mean()
