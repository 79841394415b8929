"""Backward returns a single gradient; autograd wants one per forward input (x and
max_value), so backward raises."""
import torch


class ClampedExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, max_value):
        y = torch.exp(torch.clamp(x, max=max_value))
        ctx.save_for_backward(x, y)
        ctx.max_value = max_value
        return y

    @staticmethod
    def backward(ctx, grad_output):
        x, y = ctx.saved_tensors
        return grad_output * torch.where(x <= ctx.max_value, y, torch.zeros_like(y))
