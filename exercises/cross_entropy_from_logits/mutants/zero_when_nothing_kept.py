"""Guards against 0 / 0 with clamp(min=1): all-ignored batches give 0.0 instead of NaN."""
import torch


def cross_entropy_from_logits(logits, targets, ignore_index=-100):
    keep = targets != ignore_index
    z, t = logits[keep], targets[keep]
    losses = torch.logsumexp(z, dim=1) - z.gather(1, t.unsqueeze(1)).squeeze(1)
    return losses.sum() / keep.sum().clamp(min=1)
