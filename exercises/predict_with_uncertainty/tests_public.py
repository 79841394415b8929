import torch
from torch import nn


def test_counting_model_example(predict_with_uncertainty):
    class CountingModel(nn.Module):
        """k-th call in training mode returns k * x; in eval mode returns x."""

        def __init__(self):
            super().__init__()
            self.calls = 0

        def forward(self, x):
            if not self.training:
                return x.clone()
            self.calls += 1
            return self.calls * x

    model = CountingModel()
    x = torch.tensor([[1.0, -2.0], [0.5, 4.0]])
    device = str(torch.get_default_device())  # where the model lives: "cpu" here
    mean, std = predict_with_uncertainty(model, x, n_samples=3, device=device)
    return mean, std, model.calls, model.training


def test_dropout_mlp_shapes_and_spread(predict_with_uncertainty):
    model = nn.Sequential(nn.Linear(6, 32), nn.ReLU(), nn.Dropout(0.2), nn.Linear(32, 3))
    model.eval()
    device = str(torch.get_default_device())  # where the model lives: "cpu" here
    mean, std = predict_with_uncertainty(model, torch.randn(5, 6), n_samples=20, device=device)
    return tuple(mean.shape), tuple(std.shape), bool((std > 0).all()), model.training
