from torch import nn

LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d)
XAVIER_GAINS = {"tanh": 5.0 / 3.0, "sigmoid": 1.0, "linear": 1.0}
ACCEPTED = ("relu", *XAVIER_GAINS)


def init_weights(model: nn.Module, nonlinearity: str = "relu") -> None:
    """Kaiming (ReLU) or Xavier (tanh, sigmoid, linear) normal weights and zero biases,
    in place, for every Linear, Conv1d and Conv2d layer in `model`; nothing else changes.
    """
    # Validate first: a bad name must not leave the model half initialised.
    if nonlinearity not in ACCEPTED:
        expected = ", ".join(repr(name) for name in ACCEPTED)
        raise ValueError(f"unknown nonlinearity {nonlinearity!r}; expected one of {expected}")
    for module in model.modules():  # the model itself and every nested submodule
        if not isinstance(module, LAYERS):
            continue
        # nn.init works in place under no_grad and takes the fans from the weight's
        # shape (out, in / groups, *kernel), so grouped convolutions come out right.
        if nonlinearity == "relu":
            nn.init.kaiming_normal_(module.weight, mode="fan_in", nonlinearity="relu")
        else:
            nn.init.xavier_normal_(module.weight, gain=XAVIER_GAINS[nonlinearity])
        if module.bias is not None:
            nn.init.zeros_(module.bias)
