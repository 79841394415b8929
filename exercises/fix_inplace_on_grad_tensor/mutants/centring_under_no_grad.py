"""Centres in place under torch.no_grad(): allowed on a leaf, but the centring is
then invisible to autograd, so the gradient misses the minus-the-batch-mean term."""
import torch


def feature_saliency(x, weight, keep):
    x = x.detach().clone().requires_grad_(True)
    with torch.no_grad():
        x -= x.mean(dim=0, keepdim=True)
    hidden = torch.sigmoid(x @ weight)
    hidden = hidden * keep
    loss = hidden.pow(2).sum()
    loss.backward()
    return loss.item(), x.grad
