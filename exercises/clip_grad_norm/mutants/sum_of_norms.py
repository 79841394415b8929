"""Adds up the per-tensor norms instead of combining them as a norm (sqrt of the sum
of squares for p = 2)."""
import torch


def clip_grad_norm(parameters, max_norm, norm_type=2.0):
    grads = [p.grad for p in parameters if p.grad is not None]
    if not grads:
        return torch.tensor(0.0)
    total = sum(torch.linalg.vector_norm(g, norm_type) for g in grads)
    scale = max_norm / (total + 1e-6)
    if scale < 1:
        with torch.no_grad():
            for g in grads:
                g.mul_(scale)
    return total
