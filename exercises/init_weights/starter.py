from torch import nn


def init_weights(model: nn.Module, nonlinearity: str = "relu") -> None:
    """Re-initialise, in place, every nn.Linear, nn.Conv1d and nn.Conv2d in `model`.

    "relu": Kaiming normal, std sqrt(2 / fan_in). "tanh" / "sigmoid" / "linear":
    Xavier normal, std gain * sqrt(2 / (fan_in + fan_out)) with gain 5/3, 1, 1.
    Biases become zero; every other module is left exactly as it is. Any other
    nonlinearity raises ValueError naming the accepted values. Returns None.
    """
    raise NotImplementedError
