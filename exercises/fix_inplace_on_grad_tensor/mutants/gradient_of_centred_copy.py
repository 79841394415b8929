"""Detaches the centred tensor and makes it the leaf: returns d loss / d centred,
not d loss / d x (the centring Jacobian is missing)."""
import torch


def feature_saliency(x, weight, keep):
    x = x.detach().clone().requires_grad_(True)
    x = (x - x.mean(dim=0, keepdim=True)).detach().requires_grad_(True)
    hidden = torch.sigmoid(x @ weight)
    hidden = hidden * keep
    loss = hidden.pow(2).sum()
    loss.backward()
    return loss.item(), x.grad
