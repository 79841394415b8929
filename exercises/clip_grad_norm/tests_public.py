import torch
from drill_checks import compare


@compare(rtol=1e-5, atol=1e-6)
def test_small_example(clip_grad_norm):
    a = torch.nn.Parameter(torch.zeros(2))
    a.grad = torch.tensor([3.0, 4.0])
    b = torch.nn.Parameter(torch.zeros(1))
    b.grad = torch.tensor([12.0])
    c = torch.nn.Parameter(torch.zeros(3))
    total = clip_grad_norm([a, b, c], max_norm=1.0)
    return total, a.grad, b.grad, c.grad is None


@compare(rtol=1e-5, atol=1e-6)
def test_small_gradients_are_left_alone(clip_grad_norm):
    p = torch.nn.Parameter(torch.randn(4, 3))
    p.grad = 0.01 * torch.randn(4, 3)
    total = clip_grad_norm([p], max_norm=5.0)
    return total, p.grad
