import torch
from drill_checks import compare
from torch import nn


def _device() -> str:
    """Where the tests' models live: the CPU here, the GPU on a GPU worker."""
    return str(torch.get_default_device())


class _Counting(nn.Module):
    """k-th call in training mode returns k * x; records mode and grad state per call."""

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.seen = []
        self.dummy = nn.Parameter(torch.ones(()))

    def forward(self, x):
        self.seen.append((self.training, torch.is_grad_enabled(), tuple(x.shape)))
        if not self.training:
            return x * self.dummy
        self.calls += 1
        return self.calls * x * self.dummy


def test_unbiased_std_with_two_samples(predict_with_uncertainty):
    model = _Counting()
    x = torch.tensor([[3.0, -1.0, 0.0]])
    mean, std = predict_with_uncertainty(model, x, n_samples=2, device=_device())
    return mean, std


def test_default_number_of_samples(predict_with_uncertainty):
    model = _Counting()
    x = torch.tensor([[1.0], [2.0]])
    mean, std = predict_with_uncertainty(model, x, device=_device())
    return model.calls, mean, std


def test_every_pass_in_train_mode_without_grad(predict_with_uncertainty):
    model = _Counting()
    model.eval()
    x = torch.randn(4, 2)
    predict_with_uncertainty(model, x, n_samples=5, device=_device())
    return model.seen, model.training


def test_results_do_not_require_grad(predict_with_uncertainty):
    model = nn.Sequential(nn.Linear(3, 8), nn.Dropout(0.3), nn.Linear(8, 2))
    x = torch.randn(4, 3, requires_grad=True)
    mean, std = predict_with_uncertainty(model, x, n_samples=4, device=_device())
    grads = [p.grad is None for p in model.parameters()]
    return mean.requires_grad, std.requires_grad, grads


@compare(rtol=1e-5, atol=1e-6)
def test_no_dropout_means_no_spread(predict_with_uncertainty):
    model = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 2))
    x = torch.randn(6, 4)
    with torch.no_grad():
        expected = model(x)
    mean, std = predict_with_uncertainty(model, x, n_samples=7, device=_device())
    return mean, std, bool((std == 0).all()), torch.allclose(mean, expected, atol=1e-6)


def test_single_sample_in_batch(predict_with_uncertainty):
    model = nn.Sequential(nn.Linear(3, 64), nn.ReLU(), nn.Dropout(0.5), nn.Linear(64, 2))
    x = torch.randn(1, 3)
    mean, std = predict_with_uncertainty(model, x, n_samples=10, device=_device())
    return tuple(mean.shape), tuple(std.shape), bool((std > 0).all()), model.training


def test_multi_dimensional_output(predict_with_uncertainty):
    model = _Counting()
    x = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
    mean, std = predict_with_uncertainty(model, x, n_samples=4, device=_device())
    return mean, std


@compare(rtol=1e-12, atol=1e-12)
def test_float64_kept(predict_with_uncertainty):
    model = _Counting().double()
    x = torch.randn(3, 5, dtype=torch.float64)
    mean, std = predict_with_uncertainty(model, x, n_samples=6, device=_device())
    return mean, std


def test_transposed_input(predict_with_uncertainty):
    model = _Counting()
    # (3, 5), not contiguous, and on the CPU: the function moves it to the model's device.
    x = torch.randn(5, 3, device="cpu").T
    mean, std = predict_with_uncertainty(model, x, n_samples=3, device=_device())
    return mean, std


def test_monte_carlo_estimates_match_theory(predict_with_uncertainty):
    # Dropout(p=0.5) on the input of a linear layer: each term w_j * x_j becomes
    # 0 or 2 * w_j * x_j, so E[y] = W x + b and Var[y_i] = sum_j (W_ij x_j)^2.
    linear = nn.Linear(8, 3)
    model = nn.Sequential(nn.Dropout(0.5), linear)
    x = torch.randn(4, 8)
    mean, std = predict_with_uncertainty(model, x, n_samples=800, device=_device())
    with torch.no_grad():
        true_mean = x @ linear.weight.T + linear.bias
        true_std = ((x[:, None, :] * linear.weight[None, :, :]) ** 2).sum(-1).sqrt()
    scale = true_std.max()
    return (
        bool(((mean - true_mean).abs() < 0.15 * scale).all()),
        bool(((std - true_std).abs() < 0.15 * scale).all()),
    )
