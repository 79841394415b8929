"""Uses x < max_value for the mask: the gradient at the boundary point is 0 instead of
exp(max_value)."""
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
        return grad_output * (x < ctx.max_value).to(y.dtype) * y, None
