"""Computes softmax and then takes its log: for large logits the small probabilities
underflow to 0 and log(0) = -inf, so the loss becomes inf."""
import torch


def cross_entropy_from_logits(logits, targets, ignore_index=-100):
    keep = targets != ignore_index
    probs = torch.softmax(logits[keep], dim=1)
    picked = probs.gather(1, targets[keep].unsqueeze(1)).squeeze(1)
    return -torch.log(picked).mean()
