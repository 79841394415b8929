"""Also "initialises" the normalisation layers (weight 1, bias 0), wiping the values
they held: only Linear and Conv layers may change."""

from torch import nn

LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d)
NORMS = (nn.LayerNorm, nn.BatchNorm1d, nn.BatchNorm2d, nn.GroupNorm)
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
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, NORMS) and module.weight is not None:
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)
