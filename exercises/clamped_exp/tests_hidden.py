import torch
from drill_checks import compare


def _away_from(x, m, gap=0.05):
    # Push entries off the kink so finite differences see a smooth function.
    near = (x - m).abs() < gap
    return torch.where(near, x + 2 * gap, x)


@compare(rtol=1e-10, atol=1e-12)
def test_random_values_and_gradients_float64(ClampedExp):
    x = _away_from(torch.randn(4, 5, dtype=torch.float64), 0.5).requires_grad_()
    y = ClampedExp.apply(x, 0.5)
    w = torch.randn(4, 5, dtype=torch.float64)
    (y * w).sum().backward()
    return y.detach(), x.grad


@compare(rtol=1e-5, atol=1e-6)
def test_float32(ClampedExp):
    x = _away_from(torch.randn(7), 0.0).requires_grad_()
    y = ClampedExp.apply(x, 0.0)
    y.backward(torch.linspace(-1.0, 2.0, 7))
    return y.detach(), x.grad


def test_gradcheck_random_matrix(ClampedExp):
    x = _away_from(2.0 * torch.randn(3, 4, dtype=torch.float64), 1.0).requires_grad_()
    return torch.autograd.gradcheck(
        lambda t: ClampedExp.apply(t, 1.0), (x,), eps=1e-6, atol=1e-5, raise_exception=False
    )


def test_gradcheck_all_below_and_all_above(ClampedExp):
    below = (torch.rand(5, dtype=torch.float64) - 2.0).requires_grad_()
    above = (torch.rand(5, dtype=torch.float64) + 1.0).requires_grad_()
    f = lambda t: ClampedExp.apply(t, 0.0)  # noqa: E731
    return (
        torch.autograd.gradcheck(f, (below,), eps=1e-6, atol=1e-5, raise_exception=False),
        torch.autograd.gradcheck(f, (above,), eps=1e-6, atol=1e-5, raise_exception=False),
    )


@compare(rtol=1e-10, atol=1e-12)
def test_upstream_gradient_is_used(ClampedExp):
    x = torch.tensor([-1.0, 0.0, 0.5], dtype=torch.float64, requires_grad=True)
    y = ClampedExp.apply(x, 1.0)
    y.backward(torch.tensor([3.0, -2.0, 0.25], dtype=torch.float64))
    return x.grad


@compare(rtol=1e-10, atol=1e-12)
def test_gradient_through_a_chain(ClampedExp):
    # Upstream and downstream operations: ClampedExp is one link in a graph.
    a = torch.tensor([0.2, -0.7, 1.9, 0.4], dtype=torch.float64, requires_grad=True)
    y = ClampedExp.apply(3.0 * a, 1.5)
    loss = (y.pow(2) * torch.arange(1.0, 5.0, dtype=torch.float64)).sum()
    loss.backward()
    return loss.detach(), a.grad


@compare(rtol=1e-10, atol=1e-12)
def test_two_calls_alive_at_once(ClampedExp):
    # Each backward must use its own saved tensors, not the latest call's.
    x1 = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64, requires_grad=True)
    x2 = torch.tensor([-1.0, 5.0, 0.7], dtype=torch.float64, requires_grad=True)
    y1 = ClampedExp.apply(x1, 1.0)
    y2 = ClampedExp.apply(x2, 2.0)
    y1.sum().backward()
    y2.sum().backward()
    return x1.grad, x2.grad


@compare(rtol=1e-10, atol=1e-12)
def test_same_max_value_different_calls_interleaved(ClampedExp):
    x = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)
    y_low = ClampedExp.apply(x, 1.0)
    y_high = ClampedExp.apply(x, 3.0)
    (y_low.sum() + 10.0 * y_high.sum()).backward()
    return x.grad


@compare(rtol=1e-10, atol=1e-12)
def test_boundary_point_passes_gradient(ClampedExp):
    x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
    y = ClampedExp.apply(x, 2.0)
    y.sum().backward()
    return y.detach(), x.grad


@compare(rtol=1e-5, atol=1e-6)
def test_large_inputs_stay_finite(ClampedExp):
    x = torch.tensor([-1e4, -50.0, 0.0, 50.0, 1e4], requires_grad=True)
    y = ClampedExp.apply(x, 10.0)
    y.sum().backward()
    return y.detach(), x.grad, bool(torch.isfinite(x.grad).all())


@compare(rtol=1e-10, atol=1e-12)
def test_non_contiguous_input(ClampedExp):
    base = _away_from(torch.randn(5, 3, dtype=torch.float64), 0.2).requires_grad_()
    x = base.T  # non-contiguous view, and not a leaf
    y = ClampedExp.apply(x, 0.2)
    (y * torch.arange(15.0, dtype=torch.float64).reshape(3, 5)).sum().backward()
    return y.detach(), base.grad


def test_empty_input(ClampedExp):
    x = torch.zeros(0, 3, requires_grad=True)
    y = ClampedExp.apply(x, 1.0)
    y.sum().backward()
    return y.detach(), x.grad


@compare(rtol=1e-10, atol=1e-12)
def test_single_element(ClampedExp):
    x = torch.tensor(0.25, dtype=torch.float64, requires_grad=True)
    y = ClampedExp.apply(x, -1.0)
    z = ClampedExp.apply(x, 1.0)
    (y + z).backward()
    return y.detach(), z.detach(), x.grad


def test_input_not_modified(ClampedExp):
    x = torch.tensor([0.0, 5.0, -3.0])
    before = x.clone()
    ClampedExp.apply(x, 1.0)
    return torch.equal(x, before)
