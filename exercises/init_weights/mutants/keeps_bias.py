"""Initialises the weights but leaves the biases at PyTorch's random defaults."""

from torch import nn

LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d)
XAVIER_GAINS = {"tanh": 5.0 / 3.0, "sigmoid": 1.0, "linear": 1.0}


def init_weights(model, nonlinearity="relu"):
    if nonlinearity not in ("relu", *XAVIER_GAINS):
        raise ValueError("nonlinearity must be relu, tanh, sigmoid or linear")
    for module in model.modules():
        if isinstance(module, LAYERS):
            if nonlinearity == "relu":
                nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
            else:
                nn.init.xavier_normal_(module.weight, gain=XAVIER_GAINS[nonlinearity])
