"""Fixes the centring but keeps hidden *= keep: sigmoid's saved output is modified
in place and backward raises 'modified by an inplace operation'."""
import torch


def feature_saliency(x, weight, keep):
    x = x.detach().clone().requires_grad_(True)
    centred = x - x.mean(dim=0, keepdim=True)
    hidden = torch.sigmoid(centred @ weight)
    hidden *= keep
    loss = hidden.pow(2).sum()
    loss.backward()
    return loss.item(), x.grad
