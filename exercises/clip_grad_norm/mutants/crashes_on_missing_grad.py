"""Does not skip parameters whose .grad is None: crashes on frozen or unused parameters."""
import torch


def clip_grad_norm(parameters, max_norm, norm_type=2.0):
    params = list(parameters)
    if not params:
        return torch.tensor(0.0)
    total = torch.linalg.vector_norm(
        torch.stack([torch.linalg.vector_norm(p.grad, norm_type) for p in params]), norm_type
    )
    scale = max_norm / (total + 1e-6)
    if scale < 1:
        with torch.no_grad():
            for p in params:
                p.grad.mul_(scale)
    return total
