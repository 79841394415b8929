"""Computes fan_in as in_channels * kernel area, which is wrong for grouped
convolutions: each output only sees in_channels / groups input channels."""

import math

import torch
from torch import nn

LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d)
GAINS = {"relu": math.sqrt(2.0), "tanh": 5.0 / 3.0, "sigmoid": 1.0, "linear": 1.0}


def _fans(module):
    if isinstance(module, nn.Linear):
        return module.in_features, module.out_features
    area = math.prod(module.kernel_size)
    return module.in_channels * area, module.out_channels * area


def init_weights(model, nonlinearity="relu"):
    if nonlinearity not in GAINS:
        raise ValueError("nonlinearity must be relu, tanh, sigmoid or linear")
    for module in model.modules():
        if isinstance(module, LAYERS):
            fan_in, fan_out = _fans(module)
            if nonlinearity == "relu":
                std = GAINS["relu"] / math.sqrt(fan_in)
            else:
                std = GAINS[nonlinearity] * math.sqrt(2.0 / (fan_in + fan_out))
            with torch.no_grad():
                module.weight.normal_(0.0, std)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
