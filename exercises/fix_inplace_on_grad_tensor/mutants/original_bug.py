"""The original code: x -= ... on a leaf that requires grad raises RuntimeError, and
hidden *= keep would overwrite the sigmoid output that backward needs."""
import torch


def feature_saliency(x, weight, keep):
    x = x.detach().clone().requires_grad_(True)
    x -= x.mean(dim=0, keepdim=True)
    hidden = torch.sigmoid(x @ weight)
    hidden *= keep
    loss = hidden.pow(2).sum()
    loss.backward()
    return loss.item(), x.grad
