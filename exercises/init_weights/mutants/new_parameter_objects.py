"""Replaces each weight and bias with a new nn.Parameter instead of filling it in
place: the values are right, but an optimizer built earlier still updates the old
tensors, and a frozen layer becomes trainable again."""

import math

import torch
from torch import nn

LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d)
GAINS = {"relu": math.sqrt(2.0), "tanh": 5.0 / 3.0, "sigmoid": 1.0, "linear": 1.0}


def init_weights(model, nonlinearity="relu"):
    if nonlinearity not in GAINS:
        raise ValueError("nonlinearity must be relu, tanh, sigmoid or linear")
    for module in model.modules():
        if isinstance(module, LAYERS):
            w = module.weight
            fan_in = w[0].numel()
            fan_out = w.shape[0] * w[0][0].numel()
            if nonlinearity == "relu":
                std = GAINS["relu"] / math.sqrt(fan_in)
            else:
                std = GAINS[nonlinearity] * math.sqrt(2.0 / (fan_in + fan_out))
            module.weight = nn.Parameter(torch.randn_like(w) * std)
            if module.bias is not None:
                module.bias = nn.Parameter(torch.zeros_like(module.bias))
