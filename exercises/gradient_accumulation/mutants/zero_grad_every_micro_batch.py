"""Clears the gradients before every micro-batch out of habit, so nothing
accumulates: each step uses only the last micro-batch's gradient (divided by the
group size, on top of that)."""
import torch.nn.functional as F


def train_with_accumulation(model, optimizer, micro_batches, accum_steps, loss_fn=F.mse_loss):
    if accum_steps < 1:
        raise ValueError(f"accum_steps must be at least 1, got {accum_steps}")
    micro_batches = list(micro_batches)
    step_losses = []
    for start in range(0, len(micro_batches), accum_steps):
        group = micro_batches[start:start + accum_steps]
        total = 0.0
        for x, y in group:
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            (loss / len(group)).backward()
            total += loss.item()
        optimizer.step()
        step_losses.append(total / len(group))
    optimizer.zero_grad()
    return step_losses
