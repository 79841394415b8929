"""Forgets ReLU's gain: std = sqrt(1 / fan_in), which halves the variance per layer."""

import math

import torch
from torch import nn

LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d)
XAVIER_GAINS = {"tanh": 5.0 / 3.0, "sigmoid": 1.0, "linear": 1.0}


def init_weights(model, nonlinearity="relu"):
    if nonlinearity not in ("relu", *XAVIER_GAINS):
        raise ValueError("nonlinearity must be relu, tanh, sigmoid or linear")
    for module in model.modules():
        if isinstance(module, LAYERS):
            if nonlinearity == "relu":
                with torch.no_grad():
                    module.weight.normal_(0.0, math.sqrt(1.0 / module.weight[0].numel()))
            else:
                nn.init.xavier_normal_(module.weight, gain=XAVIER_GAINS[nonlinearity])
            if module.bias is not None:
                nn.init.zeros_(module.bias)
