import torch
from drill_checks import compare


def _model_with_grads():
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Tanh(), torch.nn.Linear(8, 3))
    x = torch.randn(16, 4)
    (10.0 * model(x).pow(2).sum()).backward()
    return model


@compare(rtol=1e-5, atol=1e-6)
def test_model_parameters_generator(clip_grad_norm):
    model = _model_with_grads()
    total = clip_grad_norm(model.parameters(), max_norm=0.5)
    return total, [p.grad for p in model.parameters()]


@compare(rtol=1e-5, atol=1e-6)
def test_one_factor_for_all_tensors(clip_grad_norm):
    a = torch.nn.Parameter(torch.zeros(3))
    a.grad = torch.tensor([0.1, 0.0, 0.0])  # small on its own
    b = torch.nn.Parameter(torch.zeros(2, 2))
    b.grad = torch.tensor([[6.0, 0.0], [0.0, 8.0]])
    total = clip_grad_norm([a, b], max_norm=2.0)
    return total, a.grad, b.grad


@compare(rtol=1e-5, atol=1e-6)
def test_norm_after_clipping_is_max_norm(clip_grad_norm):
    params = [torch.nn.Parameter(torch.randn(5)) for _ in range(4)]
    for p in params:
        p.grad = 3.0 * torch.randn(5)
    clip_grad_norm(params, max_norm=1.5)
    return torch.cat([p.grad for p in params]).norm()


@compare(rtol=1e-5, atol=1e-6)
def test_returns_norm_before_clipping(clip_grad_norm):
    p = torch.nn.Parameter(torch.zeros(2))
    p.grad = torch.tensor([30.0, 40.0])
    return clip_grad_norm([p], max_norm=1.0)


@compare(rtol=1e-5, atol=1e-6)
def test_infinity_norm(clip_grad_norm):
    a = torch.nn.Parameter(torch.zeros(3))
    a.grad = torch.tensor([1.0, -7.0, 2.0])
    b = torch.nn.Parameter(torch.zeros(2))
    b.grad = torch.tensor([4.0, -5.0])
    total = clip_grad_norm([a, b], max_norm=3.5, norm_type=float("inf"))
    return total, a.grad, b.grad


@compare(rtol=1e-5, atol=1e-6)
def test_one_norm(clip_grad_norm):
    a = torch.nn.Parameter(torch.zeros(3))
    a.grad = torch.tensor([1.0, -2.0, 3.0])
    b = torch.nn.Parameter(torch.zeros(1))
    b.grad = torch.tensor([-4.0])
    total = clip_grad_norm([a, b], max_norm=5.0, norm_type=1)
    return total, a.grad, b.grad


@compare(rtol=1e-5, atol=1e-6)
def test_three_norm(clip_grad_norm):
    params = [torch.nn.Parameter(torch.zeros(4, 2)) for _ in range(3)]
    for p in params:
        p.grad = torch.randn(4, 2)
    total = clip_grad_norm(params, max_norm=0.25, norm_type=3.0)
    return total, [p.grad for p in params]


def test_no_gradients_at_all(clip_grad_norm):
    params = [torch.nn.Parameter(torch.randn(3)) for _ in range(2)]
    total = clip_grad_norm(params, max_norm=1.0)
    return total, [p.grad is None for p in params]


def test_empty_parameter_list(clip_grad_norm):
    return clip_grad_norm([], max_norm=1.0)


@compare(rtol=1e-10, atol=1e-12)
def test_float64_gradients(clip_grad_norm):
    params = [torch.nn.Parameter(torch.zeros(3, dtype=torch.float64)) for _ in range(3)]
    for p in params:
        p.grad = 4.0 * torch.randn(3, dtype=torch.float64)
    total = clip_grad_norm(params, max_norm=1.0)
    return total, [p.grad for p in params]


@compare(rtol=1e-5, atol=1e-6)
def test_single_element_and_large_values(clip_grad_norm):
    p = torch.nn.Parameter(torch.zeros(1))
    p.grad = torch.tensor([-1e6])
    q = torch.nn.Parameter(torch.zeros(1))
    q.grad = torch.tensor([1e6])
    total = clip_grad_norm([p, q], max_norm=10.0)
    return total, p.grad, q.grad


@compare(rtol=1e-5, atol=1e-6)
def test_gradients_updated_in_place(clip_grad_norm):
    p = torch.nn.Parameter(torch.zeros(4))
    p.grad = torch.tensor([2.0, 2.0, 2.0, 2.0])
    alias = p.grad  # e.g. a reference kept by a hook or a logger
    clip_grad_norm([p], max_norm=1.0)
    return alias, p.grad


def test_parameter_values_unchanged(clip_grad_norm):
    model = _model_with_grads()
    before = [p.detach().clone() for p in model.parameters()]
    clip_grad_norm(model.parameters(), max_norm=0.1)
    return [torch.equal(p, b) for p, b in zip(model.parameters(), before, strict=True)]
