"""The fans and standard deviations computed by hand instead of calling nn.init.

fan_in is the number of weights feeding one output (weight[0].numel()), fan_out the
number one input feeds (out channels times the kernel area). The weights are then
refilled with normal_(0, std) inside torch.no_grad(), which keeps the Parameter
objects and needs no autograd history.
"""

import math

import torch
from torch import nn

GAINS = {"relu": math.sqrt(2.0), "tanh": 5.0 / 3.0, "sigmoid": 1.0, "linear": 1.0}


def init_weights(model: nn.Module, nonlinearity: str = "relu") -> None:
    if nonlinearity not in GAINS:
        raise ValueError(
            f"nonlinearity must be one of {sorted(GAINS)} (relu, tanh, sigmoid, linear), "
            f"got {nonlinearity!r}"
        )
    layers = [m for m in model.modules() if isinstance(m, (nn.Linear, nn.Conv1d, nn.Conv2d))]
    with torch.no_grad():
        for layer in layers:
            weight = layer.weight
            kernel_area = weight[0][0].numel()  # 1 for Linear
            fan_in = weight[0].numel()
            fan_out = weight.shape[0] * kernel_area
            if nonlinearity == "relu":
                std = GAINS["relu"] / math.sqrt(fan_in)
            else:
                std = GAINS[nonlinearity] * math.sqrt(2.0 / (fan_in + fan_out))
            weight.normal_(0.0, std)
            if layer.bias is not None:
                layer.bias.zero_()
