import itertools

import torch
from drill_checks import compare
from torch import nn


def _mse(out, target):
    return (out.float() - target).pow(2).mean()


def _setup(seed, sizes=(3, 4, 2), lr=0.1, momentum=0.0, init_scale=2.0**10, growth_interval=2):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(seed)
    layers = []
    for a, b in itertools.pairwise(sizes):
        layers += [nn.Linear(a, b), nn.Tanh()]
    model = nn.Sequential(*layers[:-1])
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=g) * 0.5)
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
    scaler = torch.amp.GradScaler("cpu", init_scale=init_scale, growth_interval=growth_interval)
    return model, opt, scaler, g


def _params(model):
    return [p.detach().clone() for p in model.parameters()]


@compare(rtol=1e-5, atol=1e-6)
def test_clipping_sees_unscaled_gradients(mixed_precision_step):
    model, opt, scaler, g = _setup(3, init_scale=2.0**14)
    x = torch.randn(8, 3, generator=g)
    y = torch.randn(8, 2, generator=g) * 5
    loss = mixed_precision_step(model, opt, scaler, _mse, x, y, max_grad_norm=0.5)
    total = torch.linalg.vector_norm(torch.stack([p.grad.norm() for p in model.parameters()]))
    return loss, _params(model), [p.grad.clone() for p in model.parameters()], total


@compare(rtol=1e-5, atol=1e-6)
def test_clipping_inactive_when_norm_is_small(mixed_precision_step):
    model, opt, scaler, g = _setup(4, init_scale=2.0**14)
    x = torch.randn(5, 3, generator=g)
    y = torch.randn(5, 2, generator=g)
    mixed_precision_step(model, opt, scaler, _mse, x, y, max_grad_norm=1e3)
    return _params(model), [p.grad.clone() for p in model.parameters()]


@compare(rtol=1e-5, atol=1e-6)
def test_stale_gradients_are_cleared(mixed_precision_step):
    model, opt, scaler, g = _setup(5)
    for p in model.parameters():
        p.grad = torch.full_like(p, 100.0)  # left over from somewhere else
    x = torch.randn(4, 3, generator=g)
    y = torch.randn(4, 2, generator=g)
    mixed_precision_step(model, opt, scaler, _mse, x, y)
    return _params(model), [p.grad.clone() for p in model.parameters()]


@compare(rtol=1e-5, atol=1e-6)
def test_scale_grows_after_good_steps(mixed_precision_step):
    model, opt, scaler, g = _setup(6, momentum=0.9, growth_interval=2)
    x = torch.randn(6, 3, generator=g)
    y = torch.randn(6, 2, generator=g)
    scales, losses = [], []
    for _ in range(5):
        losses.append(mixed_precision_step(model, opt, scaler, _mse, x, y))
        scales.append(scaler.get_scale())
    return scales, losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_scale_backs_off_from_overflow_then_trains(mixed_precision_step):
    # The initial scale is so large that the scaled gradients overflow float32:
    # the first steps are skipped, halving the scale each time, until they fit.
    model, opt, scaler, g = _setup(0, lr=0.01, init_scale=2.0**127, growth_interval=2)
    x = torch.randn(5, 3, generator=g)
    y = torch.randn(5, 2, generator=g) * 100
    history = []
    for _ in range(7):
        before = _params(model)
        loss = mixed_precision_step(model, opt, scaler, _mse, x, y)
        moved = not all(torch.equal(b, p) for b, p in zip(before, model.parameters(), strict=True))
        history.append((loss, moved, scaler.get_scale()))
    return history, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_recovers_after_a_bad_batch(mixed_precision_step):
    model, opt, scaler, g = _setup(7, momentum=0.9, init_scale=2.0**8, growth_interval=3)
    x = torch.randn(4, 3, generator=g)
    y = torch.randn(4, 2, generator=g)
    bad = x.clone()
    bad[0, 1] = float("nan")
    out = []
    for batch in (x, x, bad, x, x, x, x):
        loss = mixed_precision_step(model, opt, scaler, _mse, batch, y)
        out.append((loss, scaler.get_scale()))
    return out, _params(model)


def test_master_weights_and_optimizer_state_stay_float32(mixed_precision_step):
    model, _, scaler, g = _setup(8)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(4, 3, generator=g)
    y = torch.randn(4, 2, generator=g)
    for _ in range(2):
        mixed_precision_step(model, opt, scaler, _mse, x, y)
    state = [
        sorted((k, str(v.dtype)) for k, v in opt.state[p].items() if torch.is_tensor(v))
        for p in model.parameters()
    ]
    return [str(p.dtype) for p in model.parameters()], state


@compare(rtol=1e-5, atol=1e-6)
def test_adam_steps_match(mixed_precision_step):
    model, _, scaler, g = _setup(9, sizes=(4, 6, 3))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(7, 4, generator=g)
    y = torch.randn(7, 3, generator=g)
    losses = [mixed_precision_step(model, opt, scaler, _mse, x, y) for _ in range(3)]
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_single_sample_and_frozen_layer(mixed_precision_step):
    model, _, scaler, g = _setup(10)
    model[0].weight.requires_grad_(False)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
    x = torch.randn(1, 3, generator=g)
    y = torch.randn(1, 2, generator=g)
    loss = mixed_precision_step(model, opt, scaler, _mse, x, y, max_grad_norm=0.3)
    return loss, _params(model), model[0].weight.grad is None, scaler.get_scale()


def test_activation_dtypes_on_a_non_contiguous_batch(mixed_precision_step):
    model, opt, scaler, g = _setup(11)
    dtypes = []
    model.register_forward_hook(
        lambda mod, args, out: dtypes.append((str(args[0].dtype), str(out.dtype)))
    )
    x = torch.randn(3, 6, generator=g).t()[:, :3]  # (6, 3), not contiguous
    y = torch.randn(6, 2, generator=g)
    mixed_precision_step(model, opt, scaler, _mse, x, y)
    return dtypes, str(x.dtype)
