"""Always uses the 2-norm, whatever norm_type says."""
import torch


def clip_grad_norm(parameters, max_norm, norm_type=2.0):
    grads = [p.grad for p in parameters if p.grad is not None]
    if not grads:
        return torch.tensor(0.0)
    total = torch.sqrt(sum((g.double() ** 2).sum() for g in grads)).to(grads[0].dtype)
    scale = max_norm / (total + 1e-6)
    if scale < 1:
        with torch.no_grad():
            for g in grads:
                g.mul_(scale)
    return total
