"""Hidden sort_index = val_loss with the other fields compare=False: no run_id tie-break, and
equality only looks at val_loss."""
import math
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class ExperimentRecord:
    sort_index: float = field(init=False, repr=False)
    run_id: str = field(compare=False)
    learning_rate: float = field(compare=False)
    batch_size: int = field(compare=False)
    train_loss: float = field(compare=False)
    val_loss: float = field(compare=False)
    gap: float = field(init=False, compare=False)

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
        object.__setattr__(self, "sort_index", self.val_loss)
        object.__setattr__(self, "gap", self.val_loss - self.train_loss)
