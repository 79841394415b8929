"""Assigns a new tensor to p.grad instead of scaling in place: the old gradient tensor,
still referenced elsewhere, keeps its unclipped values."""
import torch


def clip_grad_norm(parameters, max_norm, norm_type=2.0):
    params = [p for p in parameters if p.grad is not None]
    if not params:
        return torch.tensor(0.0)
    total = torch.linalg.vector_norm(
        torch.stack([torch.linalg.vector_norm(p.grad, norm_type) for p in params]), norm_type
    )
    scale = max_norm / (total + 1e-6)
    if scale < 1:
        for p in params:
            p.grad = p.grad * scale
    return total
