import torch


def feature_saliency(
    x: torch.Tensor, weight: torch.Tensor, keep: torch.Tensor
) -> tuple[float, torch.Tensor]:
    """Gradient of a small scoring loss with respect to the raw inputs.

    x: (B, F) raw features; weight: (F, H); keep: (B, H) inverted-dropout mask
    (0 or 1 / (1 - p)). The loss centres each feature over the batch, applies a
    sigmoid layer, scales it by `keep` and sums the squares. Returns
    (loss as a Python float, d loss / d x with the shape of x).
    """
    x = x.detach().clone().requires_grad_(True)  # the leaf we differentiate against
    centred = x - x.mean(dim=0, keepdim=True)  # new tensor: x itself stays a clean leaf
    hidden = torch.sigmoid(centred @ weight)
    # sigmoid saved its output for backward; scaling it in place would corrupt that.
    hidden = hidden * keep
    loss = hidden.pow(2).sum()
    loss.backward()
    return loss.item(), x.grad
