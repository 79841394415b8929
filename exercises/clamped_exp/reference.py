import torch


class ClampedExp(torch.autograd.Function):
    """y = exp(min(x, max_value)); use as ClampedExp.apply(x, max_value)."""

    @staticmethod
    def forward(ctx, x, max_value):
        y = torch.exp(torch.clamp(x, max=max_value))
        # y already equals exp(x) wherever the gradient is non-zero; keep x for the mask.
        ctx.save_for_backward(x, y)
        ctx.max_value = max_value
        return y

    @staticmethod
    def backward(ctx, grad_output):
        x, y = ctx.saved_tensors
        passes = x <= ctx.max_value
        grad_x = torch.where(passes, grad_output * y, torch.zeros_like(y))
        return grad_x, None
