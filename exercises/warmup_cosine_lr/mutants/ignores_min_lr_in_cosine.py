"""Decays to 0 with the cosine and only clamps at min_lr: lr = max(min_lr, base_lr *
(1 + cos) / 2), which is not the shifted-and-scaled curve."""
import math


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < 0 or warmup_steps < 0 or total_steps <= 0 or warmup_steps > total_steps:
        raise ValueError("invalid step or schedule lengths")
    if min_lr > base_lr:
        raise ValueError("min_lr > base_lr")
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    p = (step - warmup_steps) / (total_steps - warmup_steps)
    return max(min_lr, 0.5 * base_lr * (1 + math.cos(math.pi * p)))
