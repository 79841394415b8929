"""Computes gap as train_loss - val_loss (sign flipped)."""
import math
from dataclasses import dataclass, field
from functools import total_ordering


@total_ordering
@dataclass(frozen=True)
class ExperimentRecord:
    run_id: str
    learning_rate: float
    batch_size: int
    train_loss: float
    val_loss: float
    gap: float = field(init=False)

    def __post_init__(self):
        if not isinstance(self.run_id, str) or not self.run_id:
            raise ValueError("run_id must be a non-empty string")
        if not math.isfinite(self.learning_rate) or self.learning_rate <= 0:
            raise ValueError("learning_rate must be positive")
        if not isinstance(self.batch_size, int) or self.batch_size <= 0:
            raise ValueError("batch_size must be a positive int")
        for name in ("train_loss", "val_loss"):
            value = getattr(self, name)
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be finite and >= 0")
        object.__setattr__(self, "gap", self.train_loss - self.val_loss)

    def __lt__(self, other):
        if not isinstance(other, ExperimentRecord):
            return NotImplemented
        return (self.val_loss, self.run_id) < (other.val_loss, other.run_id)
