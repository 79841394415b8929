"""Clips each gradient by its own norm instead of the global one."""
import torch


def clip_grad_norm(parameters, max_norm, norm_type=2.0):
    grads = [p.grad for p in parameters if p.grad is not None]
    if not grads:
        return torch.tensor(0.0)
    norms = [torch.linalg.vector_norm(g, norm_type) for g in grads]
    total = torch.linalg.vector_norm(torch.stack(norms), norm_type)
    with torch.no_grad():
        for g, n in zip(grads, norms):
            scale = max_norm / (n + 1e-6)
            if scale < 1:
                g.mul_(scale)
    return total
