import torch
from drill_checks import compare


def _setup(n_batches=3, batch_sizes=None, lr=0.05):
    torch.manual_seed(1)
    model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    sizes = batch_sizes or [4] * n_batches
    batches = []
    for n in sizes:
        x = torch.randn(n, 3)
        y = x.sum(dim=1, keepdim=True) + 0.1 * torch.randn(n, 1)
        batches.append((x, y))
    return model, opt, batches


@compare(rtol=1e-5, atol=1e-6)
def test_history_values_several_epochs(train_model):
    model, opt, batches = _setup()
    return train_model(model, opt, batches, epochs=4)


def test_every_entry_is_a_python_float(train_model):
    model, opt, batches = _setup()
    history = train_model(model, opt, batches, epochs=3)
    return type(history) is list, [type(v).__name__ for v in history]


@compare(rtol=1e-5, atol=1e-6)
def test_unequal_batch_sizes_use_unweighted_mean(train_model):
    model, opt, batches = _setup(batch_sizes=[1, 7, 2])
    return train_model(model, opt, batches, epochs=2)


@compare(rtol=1e-5, atol=1e-6)
def test_each_epoch_starts_a_fresh_sum(train_model):
    model, opt, batches = _setup(n_batches=2)
    return train_model(model, opt, batches, epochs=5)


@compare(rtol=1e-5, atol=1e-6)
def test_parameters_after_training_match(train_model):
    model, opt, batches = _setup()
    train_model(model, opt, batches, epochs=3)
    return {name: p.detach().clone() for name, p in model.named_parameters()}


def test_zero_epochs_gives_empty_history(train_model):
    model, opt, batches = _setup()
    return train_model(model, opt, batches, epochs=0)


@compare(rtol=1e-5, atol=1e-6)
def test_single_batch_single_epoch(train_model):
    model, opt, batches = _setup(n_batches=1)
    history = train_model(model, opt, batches, epochs=1)
    return history, [type(v) is float for v in history]


@compare(rtol=1e-5, atol=1e-6)
def test_custom_loss_function(train_model):
    model, opt, batches = _setup()
    history = train_model(model, opt, batches, epochs=2, loss_fn=torch.nn.functional.l1_loss)
    return history, [type(v) is float for v in history]


@compare(rtol=1e-12, atol=1e-12)
def test_float64_model(train_model):
    torch.manual_seed(2)
    model = torch.nn.Linear(2, 1).double()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x = torch.randn(5, 2, dtype=torch.float64)
    batches = [(x, x[:, :1] - x[:, 1:]), (x * 2, 2 * (x[:, :1] - x[:, 1:]))]
    history = train_model(model, opt, batches, epochs=3)
    return history, [type(v) is float for v in history]
