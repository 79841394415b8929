"""Validates with `value < 0` / `lr <= 0` only: NaN and inf losses and learning rates slip through."""
from dataclasses import dataclass, field


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
        if self.learning_rate <= 0:
            raise ValueError("learning_rate must be positive")
        if not isinstance(self.batch_size, int) or self.batch_size <= 0:
            raise ValueError("batch_size must be a positive int")
        if self.train_loss < 0:
            raise ValueError("train_loss must be >= 0")
        if self.val_loss < 0:
            raise ValueError("val_loss must be >= 0")
        object.__setattr__(self, "gap", self.val_loss - self.train_loss)

    def __lt__(self, other):
        if not isinstance(other, ExperimentRecord):
            return NotImplemented
        return (self.val_loss, self.run_id) < (other.val_loss, other.run_id)

    def __le__(self, other):
        if not isinstance(other, ExperimentRecord):
            return NotImplemented
        return (self.val_loss, self.run_id) <= (other.val_loss, other.run_id)

    def __gt__(self, other):
        if not isinstance(other, ExperimentRecord):
            return NotImplemented
        return (self.val_loss, self.run_id) > (other.val_loss, other.run_id)

    def __ge__(self, other):
        if not isinstance(other, ExperimentRecord):
            return NotImplemented
        return (self.val_loss, self.run_id) >= (other.val_loss, other.run_id)
