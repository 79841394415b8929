from dataclasses import dataclass, field


@dataclass
class ExperimentRecord:
    """Summary of one training run, ordered by validation loss (lower first)."""

    run_id: str
    learning_rate: float
    batch_size: int
    train_loss: float
    val_loss: float
    gap: float = field(init=False, default=0.0)

    def __post_init__(self):
        # TODO: validate the fields, compute gap, make the record frozen and ordered
        pass
