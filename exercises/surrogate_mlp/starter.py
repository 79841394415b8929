import torch
from torch import nn


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
        # TODO: build self.backbone (nn.Sequential) and self.head (nn.Linear),
        # then initialise every Linear layer.
        self.head = nn.Linear(input_dim, output_dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (batch, input_dim) -> (batch, output_dim)"""
        raise NotImplementedError
