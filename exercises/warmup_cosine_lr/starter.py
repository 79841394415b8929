def warmup_cosine_lr(
    step: int,
    base_lr: float,
    warmup_steps: int,
    total_steps: int,
    min_lr: float = 0.0,
) -> float:
    """Linear warm-up from 0 to base_lr, then cosine decay to min_lr at total_steps."""
    return base_lr  # placeholder: a constant schedule
