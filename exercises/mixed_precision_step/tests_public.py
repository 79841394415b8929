import torch
from drill_checks import compare
from torch import nn


@compare(rtol=1e-5, atol=1e-6)
def test_one_step_matches_reference(mixed_precision_step):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=g) * 0.5)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu", init_scale=2.0**10, growth_interval=100)
    x = torch.randn(6, 3, generator=g)
    y = torch.randn(6, 2, generator=g)

    def mse(out, target):
        return (out.float() - target).pow(2).mean()

    loss = mixed_precision_step(model, opt, scaler, mse, x, y)
    return {
        "loss": loss,
        "loss_is_float": isinstance(loss, float),
        "params": [p.detach().clone() for p in model.parameters()],
        "grads": [p.grad.clone() for p in model.parameters()],
        "scale": scaler.get_scale(),
    }


def test_bfloat16_activations_float32_master_weights(mixed_precision_step):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(1)
    model = nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 1))
    seen = []
    for name, module in model.named_modules():
        if name:  # every submodule: output dtype and its parameters' dtypes
            module.register_forward_hook(
                lambda mod, args, out, name=name: seen.append(
                    (name, str(out.dtype), [str(p.dtype) for p in mod.parameters()])
                )
            )
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    scaler = torch.amp.GradScaler("cpu", init_scale=2.0**8)
    x = torch.randn(4, 3, generator=g)
    y = torch.randn(4, 1, generator=g)
    mixed_precision_step(model, opt, scaler, lambda o, t: (o.float() - t).pow(2).mean(), x, y)
    after = [(n, str(p.dtype), str(p.grad.dtype)) for n, p in model.named_parameters()]
    return seen, after


def test_inf_gradient_skips_the_step(mixed_precision_step):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(2)
    model = nn.Linear(2, 3)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    scaler = torch.amp.GradScaler("cpu", init_scale=2.0**12)
    x = torch.randn(4, 2, generator=g)
    x[1, 0] = float("inf")  # one corrupt sample: inf/NaN gradients
    y = torch.randn(4, 3, generator=g)
    before = [p.detach().clone() for p in model.parameters()]
    mse = lambda o, t: (o.float() - t).pow(2).mean()  # noqa: E731
    loss = mixed_precision_step(model, opt, scaler, mse, x, y)
    unchanged = all(torch.equal(b, p) for b, p in zip(before, model.parameters(), strict=True))
    return {
        "loss_is_finite": bool(torch.isfinite(torch.tensor(loss))),
        "weights_unchanged": unchanged,
        "momentum_state_created": len(opt.state) > 0,
        "scale": scaler.get_scale(),
    }
