"""Plain Xavier for every non-ReLU name: tanh gets gain 1 instead of 5/3."""

from torch import nn

LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d)


def init_weights(model, nonlinearity="relu"):
    if nonlinearity not in ("relu", "tanh", "sigmoid", "linear"):
        raise ValueError("nonlinearity must be relu, tanh, sigmoid or linear")
    for module in model.modules():
        if isinstance(module, LAYERS):
            if nonlinearity == "relu":
                nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
            else:
                nn.init.xavier_normal_(module.weight)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
