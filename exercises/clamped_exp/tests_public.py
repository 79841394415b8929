import torch
from drill_checks import compare


@compare(rtol=1e-10, atol=1e-12)
def test_small_example(ClampedExp):
    x = torch.tensor([0.0, 1.0, 3.0], dtype=torch.float64, requires_grad=True)
    y = ClampedExp.apply(x, 2.0)
    (y * torch.tensor([1.0, 10.0, 1.0], dtype=torch.float64)).sum().backward()
    return y.detach(), x.grad


def test_gradcheck_passes(ClampedExp):
    x = torch.tensor([-2.0, -0.5, 0.3, 0.9, 1.4, 2.5], dtype=torch.float64, requires_grad=True)
    return torch.autograd.gradcheck(
        lambda t: ClampedExp.apply(t, 1.0), (x,), eps=1e-6, atol=1e-5, raise_exception=False
    )
