import torch


def clip_grad_norm(parameters, max_norm: float, norm_type: float = 2.0) -> torch.Tensor:
    """Scale all gradients in place so that their global norm is at most `max_norm`.

    Returns the global norm measured before clipping (a 0-dim tensor).
    """
    return torch.tensor(0.0)  # placeholder: measures nothing, clips nothing
