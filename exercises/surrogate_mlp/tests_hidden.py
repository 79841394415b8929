import math

import torch
from drill_checks import compare
from torch import nn


def _fill(model, seed=0):
    """Deterministic weights in parameter order, independent of the global RNG."""
    g = torch.Generator(device=torch.get_default_device()).manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=g, dtype=p.dtype))
    return g


def test_default_config_layout(SurrogateMLP):
    model = SurrogateMLP(10, 5)
    layout = [(name, tuple(p.shape)) for name, p in model.named_parameters()]
    shape = tuple(model(torch.randn(2, 10)).shape)
    return layout, sum(p.numel() for p in model.parameters()), shape


def test_widths_change_between_layers(SurrogateMLP):
    model = SurrogateMLP(input_dim=7, output_dim=1, hidden_dims=[16, 3, 9])
    layout = [(name, tuple(p.shape)) for name, p in model.named_parameters()]
    return layout, tuple(model(torch.randn(4, 7)).shape)


def test_no_hidden_layers_is_a_linear_map(SurrogateMLP):
    model = SurrogateMLP(input_dim=3, output_dim=2, hidden_dims=[])
    g = _fill(model)
    x = torch.randn(4, 3, generator=g)
    names = [name for name, _ in model.named_parameters()]
    y = model(x).detach()
    expected = x @ model.head.weight.detach().T + model.head.bias.detach()
    return names, y, torch.allclose(y, expected)


@compare(rtol=1e-5, atol=1e-5)
def test_each_activation_with_layer_norm(SurrogateMLP):
    x = torch.randn(6, 4)
    outs = {}
    for act in ["relu", "gelu", "silu"]:
        model = SurrogateMLP(4, 3, hidden_dims=[8, 5], activation=act, norm="layer")
        _fill(model)
        outs[act] = model(x).detach()
    return outs


@compare(rtol=1e-5, atol=1e-5)
def test_each_activation_without_norm(SurrogateMLP):
    x = torch.randn(6, 4)
    outs = {}
    for act in ["relu", "gelu", "silu"]:
        model = SurrogateMLP(4, 3, hidden_dims=[8, 5], activation=act, norm="none")
        _fill(model)
        outs[act] = model(x).detach()
    names = [name for name, _ in model.named_parameters()]
    return outs, names


@compare(rtol=1e-5, atol=1e-5)
def test_batch_norm_train_and_eval(SurrogateMLP):
    model = SurrogateMLP(4, 2, hidden_dims=[6], activation="relu", norm="batch")
    g = _fill(model)
    x = torch.randn(8, 4, generator=g)
    model.train()
    y_train = model(x).detach()
    running_mean = model.backbone[1].running_mean.clone()
    model.eval()
    y_eval = model(x).detach()
    names = [name for name, _ in model.named_parameters()]
    buffers = sorted(name for name, _ in model.named_buffers())
    return y_train, running_mean, y_eval, names, buffers


def test_single_sample_layer_norm(SurrogateMLP):
    model = SurrogateMLP(5, 2, hidden_dims=[4])
    g = _fill(model, seed=3)
    return model(torch.randn(1, 5, generator=g)).detach()


def test_transposed_input(SurrogateMLP):
    model = SurrogateMLP(3, 2, hidden_dims=[5, 5], activation="silu")
    g = _fill(model, seed=1)
    x = torch.randn(3, 6, generator=g).T  # (6, 3), not contiguous
    return model(x).detach()


@compare(rtol=1e-10, atol=1e-10)
def test_float64_model(SurrogateMLP):
    model = SurrogateMLP(3, 2, hidden_dims=[4, 4]).double()
    g = _fill(model, seed=2)
    y = model(torch.randn(5, 3, generator=g, dtype=torch.float64)).detach()
    return y


def test_dropout_only_active_in_train_mode(SurrogateMLP):
    x = torch.randn(16, 6)
    plain = SurrogateMLP(6, 3, hidden_dims=[32, 32], dropout=0.0)
    noisy = SurrogateMLP(6, 3, hidden_dims=[32, 32], dropout=0.5)
    _fill(plain)
    _fill(noisy)
    plain.eval()
    noisy.eval()
    y_plain = plain(x).detach()
    y_eval = noisy(x).detach()
    noisy.train()
    y_train_a = noisy(x).detach()
    y_train_b = noisy(x).detach()
    plain.train()
    y_plain_train = plain(x).detach()
    return (
        y_eval,
        torch.equal(y_plain, y_eval),
        torch.allclose(y_train_a, y_train_b),
        torch.allclose(y_plain_train, y_plain),
    )


@compare(rtol=1e-4, atol=1e-4)
def test_gradients_reach_every_parameter(SurrogateMLP):
    model = SurrogateMLP(4, 3, hidden_dims=[5, 5], activation="gelu")
    g = _fill(model, seed=4)
    model(torch.randn(3, 4, generator=g)).pow(2).sum().backward()
    return {name: p.grad for name, p in model.named_parameters()}


def test_he_normal_initialisation(SurrogateMLP):
    model = SurrogateMLP(input_dim=400, output_dim=50, hidden_dims=[300])
    facts = []
    for name, module in model.named_modules():
        if isinstance(module, nn.Linear):
            w = module.weight.detach()
            fan_in = w.shape[1]
            target = math.sqrt(2.0 / fan_in)
            facts.append(
                (
                    name,
                    abs(w.std().item() / target - 1.0) < 0.05,
                    abs(w.mean().item()) < 0.05 * target,
                    bool((module.bias == 0).all()),
                )
            )
    norm = model.backbone[1]
    return facts, bool((norm.weight == 1).all()), bool((norm.bias == 0).all())


def test_rejects_unknown_activation(SurrogateMLP):
    return SurrogateMLP(3, 2, hidden_dims=[4], activation="tanh-ish")


def test_rejects_unknown_norm(SurrogateMLP):
    return SurrogateMLP(3, 2, hidden_dims=[4], norm="group")
