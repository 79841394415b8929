import torch
import torch.nn.functional as F
from drill_checks import compare
from torch import nn


def _mlp():
    return nn.Sequential(nn.Linear(3, 6), nn.Tanh(), nn.Linear(6, 2))


def _data(n_batches, batch_size):
    return [(torch.randn(batch_size, 3), torch.randn(batch_size, 2)) for _ in range(n_batches)]


def _params(model):
    return [p.detach().clone() for p in model.parameters()]


@compare(rtol=1e-5, atol=1e-6)
def test_leftover_gradients_are_ignored(train):
    # Someone ran a sanity-check backward pass before handing the model over.
    model = _mlp()
    x, y = torch.randn(5, 3), torch.randn(5, 2)
    (100.0 * F.mse_loss(model(x), y)).backward()
    losses = train(model, _data(2, 4), epochs=1, lr=0.05)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_many_batches_three_epochs(train):
    model = _mlp()
    losses = train(model, _data(5, 4), epochs=3, lr=0.02)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_single_batch_single_epoch(train):
    model = _mlp()
    losses = train(model, _data(1, 6), epochs=1, lr=0.1)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_one_batch_many_epochs(train):
    # The same batch every step: accumulated gradients grow linearly with the step count.
    model = _mlp()
    losses = train(model, _data(1, 8), epochs=6, lr=0.05)
    return losses, _params(model)


@compare(rtol=1e-10, atol=1e-12)
def test_float64(train):
    model = _mlp().double()
    batches = [(x.double(), y.double()) for x, y in _data(3, 4)]
    losses = train(model, batches, epochs=2, lr=0.05)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_frozen_layer_stays_put(train):
    model = _mlp()
    model[0].requires_grad_(False)
    frozen = _params(model)[:2]
    losses = train(model, _data(3, 4), epochs=2, lr=0.05)
    return losses, frozen, _params(model)


def test_zero_epochs_change_nothing(train):
    model = _mlp()
    before = _params(model)
    losses = train(model, _data(2, 4), epochs=0, lr=0.1)
    return losses, [torch.equal(a, b) for a, b in zip(before, _params(model), strict=True)]


def test_losses_are_python_floats(train):
    losses = train(_mlp(), _data(2, 3), epochs=2, lr=0.1)
    return [isinstance(v, float) for v in losses]
