import torch
import torch.nn.functional as F
from drill_checks import compare
from torch import nn


def _linear(d_in=3, d_out=2, dtype=torch.float32):
    model = nn.Linear(d_in, d_out).to(dtype)
    with torch.no_grad():
        model.weight.copy_(torch.linspace(-1.0, 1.0, d_in * d_out).reshape(d_out, d_in))
        model.bias.copy_(torch.linspace(0.2, -0.2, d_out))
    return model


def _data(n, batch_size, g, d_in=3, d_out=2, dtype=torch.float32):
    return [(torch.randn(batch_size, d_in, generator=g, dtype=dtype),
             torch.randn(batch_size, d_out, generator=g, dtype=dtype)) for _ in range(n)]


def _params(model):
    return [p.detach().clone() for p in model.parameters()]


@compare(rtol=1e-5, atol=1e-6)
def test_matches_one_full_batch_step(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(1)
    data = _data(4, 5, g)
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.2)
    losses = train_with_accumulation(model, opt, data, accum_steps=4)
    # The same step, taken once on the concatenated batch.
    full = _linear()
    full_opt = torch.optim.SGD(full.parameters(), lr=0.2)
    x = torch.cat([b[0] for b in data])
    y = torch.cat([b[1] for b in data])
    full_loss = F.mse_loss(full(x), y)
    full_loss.backward()
    full_opt.step()
    same = all(torch.allclose(a, b, rtol=1e-5, atol=1e-6)
               for a, b in zip(model.parameters(), full.parameters(), strict=True))
    return losses, _params(model), same, abs(losses[0] - full_loss.item()) < 1e-5


@compare(rtol=1e-5, atol=1e-6)
def test_partial_last_group_plain_sgd(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(2)
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = train_with_accumulation(model, opt, _data(8, 3, g), accum_steps=3)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_partial_last_group_of_one(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(3)
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = train_with_accumulation(model, opt, _data(9, 2, g), accum_steps=4)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_exact_multiple_of_accum_steps(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(4)
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    losses = train_with_accumulation(model, opt, _data(6, 4, g), accum_steps=2)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_accum_steps_one_is_plain_training(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(5)
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = train_with_accumulation(model, opt, _data(4, 3, g), accum_steps=1)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_accum_steps_larger_than_the_list(train_with_accumulation):
    # A single, short group: one step with the mean gradient of all three.
    g = torch.Generator(device=torch.get_default_device()).manual_seed(6)
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.3)
    losses = train_with_accumulation(model, opt, _data(3, 4, g), accum_steps=8)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_single_micro_batch(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(7)
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = train_with_accumulation(model, opt, _data(1, 6, g), accum_steps=3)
    return losses, _params(model)


@compare(exact=True)
def test_no_micro_batches(train_with_accumulation):
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = train_with_accumulation(model, opt, [], accum_steps=2)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_stale_gradients_on_entry_are_ignored(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(8)
    model = _linear()
    x, y = torch.randn(5, 3, generator=g), torch.randn(5, 2, generator=g)
    (50.0 * F.mse_loss(model(x), y)).backward()  # someone's sanity check left .grad behind
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = train_with_accumulation(model, opt, _data(4, 3, g), accum_steps=2)
    return losses, _params(model)


def test_no_gradient_left_behind(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(9)
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    train_with_accumulation(model, opt, _data(5, 3, g), accum_steps=2)
    return [p.grad is None or not bool(p.grad.any()) for p in model.parameters()]


@compare(rtol=1e-5, atol=1e-6)
def test_uses_the_given_loss_function(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(10)
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = train_with_accumulation(model, opt, _data(5, 4, g), accum_steps=2,
                                     loss_fn=F.l1_loss)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-6)
def test_small_mlp(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(11)
    model = nn.Sequential(nn.Linear(3, 5), nn.Tanh(), nn.Linear(5, 2))
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(0.5 * torch.randn(p.shape, generator=g))
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = train_with_accumulation(model, opt, _data(7, 4, g), accum_steps=2)
    return losses, _params(model)


@compare(rtol=1e-5, atol=1e-3)
def test_large_targets(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(12)
    model = _linear()
    data = [(x, 1000.0 * y) for x, y in _data(5, 4, g)]
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    losses = train_with_accumulation(model, opt, data, accum_steps=2)
    return losses, _params(model)


@compare(rtol=1e-10, atol=1e-12)
def test_float64(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(13)
    model = _linear(dtype=torch.float64)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = train_with_accumulation(model, opt, _data(7, 3, g, dtype=torch.float64),
                                     accum_steps=3)
    return losses, _params(model)


@compare(match="accum_steps")
def test_rejects_zero_accum_steps(train_with_accumulation):
    model = _linear()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    g = torch.Generator(device=torch.get_default_device()).manual_seed(14)
    return train_with_accumulation(model, opt, _data(2, 2, g), accum_steps=0)
