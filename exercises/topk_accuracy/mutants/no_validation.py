"""Does not validate k: k > C makes torch.topk raise a RuntimeError, k = 0 silently gives 0.0."""
import torch


def topk_accuracy(logits, targets, ks=(1,)):
    out = {}
    for k in ks:
        top = logits.topk(k, dim=1).indices
        tgt = logits.gather(1, targets[:, None])
        hit = (logits.gather(1, top) <= tgt).any(dim=1) if k > 0 else torch.zeros(len(targets))
        out[k] = hit.float().mean().item()
    return out
