import torch


def clip_grad_norm(parameters, max_norm: float, norm_type: float = 2.0) -> torch.Tensor:
    """Scale all gradients in place so that their global norm is at most `max_norm`.

    Returns the global norm measured before clipping (a 0-dim tensor).
    """
    grads = [p.grad for p in parameters if p.grad is not None]  # a generator is read once
    if not grads:
        return torch.tensor(0.0)
    norm_type = float(norm_type)
    with torch.no_grad():
        per_tensor = torch.stack([torch.linalg.vector_norm(g, norm_type) for g in grads])
        total = torch.linalg.vector_norm(per_tensor, norm_type)  # inf: max of the maxima
        scale = max_norm / (total + 1e-6)
        if scale < 1.0:
            for g in grads:
                g.mul_(scale)
    return total
