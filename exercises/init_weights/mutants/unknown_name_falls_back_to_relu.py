"""Treats any name it does not know as ReLU instead of raising ValueError."""

from torch import nn

LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d)
XAVIER_GAINS = {"tanh": 5.0 / 3.0, "sigmoid": 1.0, "linear": 1.0}


def init_weights(model, nonlinearity="relu"):
    for module in model.modules():
        if isinstance(module, LAYERS):
            if nonlinearity in XAVIER_GAINS:
                nn.init.xavier_normal_(module.weight, gain=XAVIER_GAINS[nonlinearity])
            else:
                nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
            if module.bias is not None:
                nn.init.zeros_(module.bias)
