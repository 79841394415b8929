import torch


def per_sample_relative_l2(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Relative L2 error ||pred[b] - target[b]|| / max(||target[b]||, 1e-8) for each sample b."""
    diff = (pred - target).flatten(start_dim=1)  # (B, D); copies if it must
    flat_target = target.flatten(start_dim=1)
    numerator = torch.linalg.vector_norm(diff, dim=1)
    denominator = torch.linalg.vector_norm(flat_target, dim=1).clamp_min(1e-8)
    return numerator / denominator
