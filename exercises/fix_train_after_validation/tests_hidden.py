import torch
from drill_checks import compare
from torch import nn


def _bn_model():
    return nn.Sequential(
        nn.Linear(3, 5), nn.BatchNorm1d(5), nn.ReLU(), nn.Dropout(0.2), nn.Linear(5, 2)
    )


def _data(n_batches, batch_size, n_in=3, n_out=2):
    return [
        (torch.randn(batch_size, n_in), torch.randn(batch_size, n_out)) for _ in range(n_batches)
    ]


def test_every_submodule_trains_in_training_mode(fit):
    model = _bn_model()
    calls = []

    def record(module, args, out):
        calls.append((type(module).__name__, module.training, torch.is_grad_enabled()))

    for module in model.children():
        module.register_forward_hook(record)
    fit(model, _data(2, 4), _data(1, 3), epochs=3, lr=0.1)
    return calls


@compare(rtol=1e-5, atol=1e-6)
def test_batchnorm_statistics_and_weights(fit):
    model = _bn_model()
    history = fit(model, _data(3, 6), _data(2, 4), epochs=4, lr=0.05)
    bn = model[1]
    return history, [p.detach() for p in model.parameters()], bn.running_mean, bn.running_var


@compare(rtol=1e-5, atol=1e-6)
def test_validation_uses_eval_behaviour(fit):
    # Validation happens with dropout off and batch norm on its running stats: the
    # validation batch of one sample would be rejected by batch norm in training mode.
    model = _bn_model()
    history = fit(model, _data(2, 4), _data(1, 1), epochs=2, lr=0.1)
    return history, model[1].num_batches_tracked


@compare(rtol=1e-5, atol=1e-6)
def test_model_handed_over_in_eval_mode(fit):
    model = _bn_model()
    model.eval()
    history = fit(model, _data(2, 5), _data(1, 4), epochs=2, lr=0.1)
    return history, [p.detach() for p in model.parameters()], model[1].running_mean


@compare(rtol=1e-5, atol=1e-6)
def test_single_epoch(fit):
    model = _bn_model()
    history = fit(model, _data(2, 4), _data(1, 4), epochs=1, lr=0.1)
    return history, [p.detach() for p in model.parameters()]


def test_zero_epochs(fit):
    return fit(_bn_model(), _data(1, 4), _data(1, 4), epochs=0, lr=0.1)


@compare(rtol=1e-10, atol=1e-12)
def test_float64_model(fit):
    model = _bn_model().double()
    train = [(x.double(), y.double()) for x, y in _data(2, 4)]
    val = [(x.double(), y.double()) for x, y in _data(2, 3)]
    history = fit(model, train, val, epochs=3, lr=0.1)
    return history, [p.detach() for p in model.parameters()]


def test_history_holds_python_floats(fit):
    history = fit(_bn_model(), _data(1, 4), _data(1, 4), epochs=2, lr=0.1)
    return [isinstance(v, float) for v in history]
