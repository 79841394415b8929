"""Uses the tanh approximation of GELU instead of the exact (erf) form."""
import torch
from torch import nn

_ACTIVATIONS = {"relu": nn.ReLU, "gelu": lambda: nn.GELU(approximate="tanh"), "silu": nn.SiLU}
_NORMS = {
    "layer": nn.LayerNorm,
    "batch": nn.BatchNorm1d,
    "none": lambda width: nn.Identity(),
}


class SurrogateMLP(nn.Module):
    """MLP: [Linear -> norm -> activation -> Dropout] per hidden width, then a Linear head."""

    def __init__(
        self,
        input_dim: int,
        output_dim: int,
        hidden_dims: list[int] = [256, 256, 256],  # noqa: B006
        activation: str = "gelu",
        norm: str = "layer",
        dropout: float = 0.0,
    ):
        super().__init__()
        make_act = _ACTIVATIONS[activation]
        make_norm = _NORMS[norm]

        blocks: list[nn.Module] = []
        width = input_dim
        for hidden in hidden_dims:
            blocks += [nn.Linear(width, hidden), make_norm(hidden), make_act(), nn.Dropout(dropout)]
            width = hidden
        self.backbone = nn.Sequential(*blocks)
        self.head = nn.Linear(width, output_dim)
        self.reset_linear_layers()

    def reset_linear_layers(self) -> None:
        for module in self.modules():
            if isinstance(module, nn.Linear):
                nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
                if module.bias is not None:
                    nn.init.zeros_(module.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (batch, input_dim) -> (batch, output_dim)"""
        return self.head(self.backbone(x))
