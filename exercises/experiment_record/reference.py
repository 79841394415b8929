import math
from dataclasses import dataclass, field
from numbers import Real


def _check_loss(name: str, value: object) -> None:
    if not isinstance(value, Real) or not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")


@dataclass(frozen=True)
class ExperimentRecord:
    """Summary of one training run, ordered by validation loss (lower first)."""

    run_id: str
    learning_rate: float
    batch_size: int
    train_loss: float
    val_loss: float
    gap: float = field(init=False)

    def __post_init__(self) -> None:
        if not isinstance(self.run_id, str) or not self.run_id:
            raise ValueError(f"run_id must be a non-empty string, got {self.run_id!r}")
        lr = self.learning_rate
        # math.isfinite rejects NaN and inf; a plain `lr <= 0` test lets NaN through.
        if not isinstance(lr, Real) or not math.isfinite(lr) or lr <= 0:
            raise ValueError(f"learning_rate must be positive and finite, got {lr!r}")
        if not isinstance(self.batch_size, int) or self.batch_size <= 0:
            raise ValueError(f"batch_size must be a positive int, got {self.batch_size!r}")
        _check_loss("train_loss", self.train_loss)
        _check_loss("val_loss", self.val_loss)
        # The instance is frozen, so bypass the generated __setattr__.
        object.__setattr__(self, "gap", self.val_loss - self.train_loss)

    def _sort_key(self) -> tuple[float, str]:
        return (self.val_loss, self.run_id)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, ExperimentRecord):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, ExperimentRecord):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, ExperimentRecord):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, ExperimentRecord):
            return NotImplemented
        return self._sort_key() >= other._sort_key()
