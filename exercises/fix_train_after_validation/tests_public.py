import torch
from drill_checks import compare
from torch import nn


def test_dropout_is_active_in_every_training_epoch(fit):
    model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 1))
    calls = []  # (dropout module's training flag, autograd on) for every forward pass

    def record(module, args, out):
        calls.append((module.training, torch.is_grad_enabled()))

    model[2].register_forward_hook(record)
    train = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(2)]
    val = [(torch.randn(4, 3), torch.randn(4, 1))]
    fit(model, train, val, epochs=3, lr=0.1)
    return calls


@compare(rtol=1e-5, atol=1e-6)
def test_history_and_final_weights(fit):
    model = nn.Sequential(nn.Linear(2, 6), nn.Tanh(), nn.Dropout(0.3), nn.Linear(6, 1))
    train = [(torch.randn(8, 2), torch.randn(8, 1)) for _ in range(3)]
    val = [(torch.randn(5, 2), torch.randn(5, 1))]
    history = fit(model, train, val, epochs=3, lr=0.05)
    return history, [p.detach() for p in model.parameters()]
