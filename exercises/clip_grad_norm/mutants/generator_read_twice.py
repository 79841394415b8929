"""Iterates over `parameters` twice: with model.parameters() (a generator) the second
loop sees nothing, so no gradient is clipped."""
import torch


def clip_grad_norm(parameters, max_norm, norm_type=2.0):
    norms = [torch.linalg.vector_norm(p.grad, norm_type) for p in parameters if p.grad is not None]
    if not norms:
        return torch.tensor(0.0)
    total = torch.linalg.vector_norm(torch.stack(norms), norm_type)
    scale = max_norm / (total + 1e-6)
    if scale < 1:
        with torch.no_grad():
            for p in parameters:
                if p.grad is not None:
                    p.grad.mul_(scale)
    return total
