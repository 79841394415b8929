import os
import tempfile

import torch
from drill_checks import compare
from torch import nn


def _path():
    return os.path.join(tempfile.mkdtemp(), "best.pt")


def _batches(x, y, size):
    return [{"input": x[i : i + size], "target": y[i : i + size]} for i in range(0, len(x), size)]


def _overfitting_setup():
    """Training pulls the slope towards 3, validation wants 1: the validation loss
    improves for a while and then gets worse again."""
    x = torch.randn(16, 1)
    xv = torch.randn(8, 1)
    model = nn.Linear(1, 1)
    with torch.no_grad():
        model.weight.zero_()
        model.bias.zero_()
    return model, _batches(x, 3 * x, 4), _batches(xv, xv, 4)


class _Probe(nn.Module):
    """Linear layer that logs (training flag, grad enabled) on every forward call."""

    def __init__(self, d_in=3, d_out=2, p=0.0):
        super().__init__()
        self.lin = nn.Linear(d_in, d_out)
        self.drop = nn.Dropout(p)
        self.log = []

    def forward(self, x):
        self.log.append((self.training, torch.is_grad_enabled()))
        return self.lin(self.drop(x))


@compare(rtol=1e-4, atol=1e-5)
def test_best_weights_are_returned_not_the_last(train_model):
    model, train, val = _overfitting_setup()
    path = _path()
    trained = train_model(model, train, val, num_epochs=10, lr=0.1, patience=2,
                          save_path=path, device="cpu")
    ckpt = torch.load(path, weights_only=True)
    same_as_ckpt = all(
        torch.equal(v, ckpt["model_state_dict"][k]) for k, v in trained.state_dict().items()
    )
    return {
        "weight": trained.weight.detach().clone(),
        "bias": trained.bias.detach().clone(),
        "best_epoch": ckpt["epoch"],
        "best_val_loss": ckpt["val_loss"],
        "loaded_from_checkpoint": same_as_ckpt,
        "same_object": trained is model,
    }


@compare(rtol=1e-4, atol=1e-6)
def test_checkpoint_holds_optimizer_state(train_model):
    model, train, val = _overfitting_setup()
    path = _path()
    train_model(model, train, val, num_epochs=10, lr=0.1, patience=2, save_path=path,
                device="cpu")
    ckpt = torch.load(path, weights_only=True)
    opt = ckpt["optimizer_state_dict"]
    group = opt["param_groups"][0]
    state = {
        i: {k: torch.as_tensor(v).float() for k, v in s.items()} for i, s in opt["state"].items()
    }
    return {
        "lr": group["lr"],
        "weight_decay": group["weight_decay"],
        "params": group["params"],
        "state": state,
        "model_keys": sorted(ckpt["model_state_dict"]),
        "epoch_is_int": isinstance(ckpt["epoch"], int),
        "val_loss_is_float": isinstance(ckpt["val_loss"], float),
    }


def test_gradients_do_not_leak_between_steps(train_model):
    model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
    clean = []
    for p in model.parameters():
        # A leaf's hook runs before the new gradient is added to p.grad.
        p.register_hook(
            lambda g, p=p: clean.append(p.grad is None or bool((p.grad == 0).all()))
        )
    x = torch.randn(12, 3)
    y = x.sum(dim=1, keepdim=True)
    train_model(model, _batches(x, y, 4), _batches(x, y, 6), num_epochs=2, lr=0.01,
                patience=5, save_path=_path(), device="cpu")
    return len(clean), all(clean)


@compare(rtol=1e-4, atol=1e-5)
def test_many_small_steps_match(train_model):
    model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))
    x = torch.randn(30, 3)
    y = torch.stack([x[:, 0] * x[:, 1], x[:, 2] - x[:, 0]], dim=1)
    trained = train_model(model, _batches(x[:20], y[:20], 5), _batches(x[20:], y[20:], 5),
                          num_epochs=4, lr=0.02, patience=10, save_path=_path(), device="cpu")
    return {k: v.detach().clone() for k, v in trained.state_dict().items()}


def test_train_mode_for_every_training_pass(train_model):
    model = _Probe(p=0.2)
    x = torch.randn(9, 3)
    y = torch.randn(9, 2)
    train_model(model, _batches(x, y, 3), _batches(x, y, 9), num_epochs=3, lr=0.01,
                patience=5, save_path=_path(), device="cpu")
    # Expected per epoch: three (True, True) training calls, then one (False, False).
    return model.log


def test_patience_one(train_model):
    model = _Probe()
    x = torch.randn(6, 3)
    data = _batches(x, torch.zeros(6, 2), 3)
    train_model(model, data, data, num_epochs=10, lr=0.0, patience=1, save_path=_path(),
                device="cpu")
    return sum(1 for training, _ in model.log if not training)


def test_runs_all_epochs_while_improving(train_model):
    model = _Probe(d_in=2, d_out=1)
    x = torch.randn(16, 2)
    y = x @ torch.tensor([[1.5], [-0.5]])
    path = _path()
    train_model(model, _batches(x, y, 8), _batches(x, y, 16), num_epochs=4, lr=0.05,
                patience=1, save_path=path, device="cpu")
    ckpt = torch.load(path, weights_only=True)
    return sum(1 for training, _ in model.log if not training), ckpt["epoch"]


@compare(rtol=1e-5, atol=1e-6)
def test_validation_loss_is_mean_of_batch_losses(train_model):
    # Uneven validation batches (4, 4, 2): the average of the three batch means.
    model = nn.Linear(2, 1)
    x = torch.randn(10, 2)
    y = torch.randn(10, 1)
    path = _path()
    train_model(model, _batches(x, y, 5), _batches(x, y, 4), num_epochs=1, lr=0.01,
                patience=3, save_path=path, device="cpu")
    ckpt = torch.load(path, weights_only=True)
    return ckpt["epoch"], ckpt["val_loss"]


@compare(rtol=1e-4, atol=1e-4)
def test_large_targets_with_clipping(train_model):
    model = nn.Linear(4, 3)
    x = torch.randn(12, 4) * 10
    y = torch.randn(12, 3) * 1000
    trained = train_model(model, _batches(x, y, 4), _batches(x, y, 12), num_epochs=3,
                          lr=0.5, patience=5, save_path=_path(), device="cpu")
    return {k: v.detach().clone() for k, v in trained.state_dict().items()}
