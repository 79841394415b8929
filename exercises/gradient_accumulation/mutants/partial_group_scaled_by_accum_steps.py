"""Steps on the shorter last group but still divides its losses by accum_steps instead
of by the group's real size, so that last update is too small."""
import torch.nn.functional as F


def train_with_accumulation(model, optimizer, micro_batches, accum_steps, loss_fn=F.mse_loss):
    if accum_steps < 1:
        raise ValueError(f"accum_steps must be at least 1, got {accum_steps}")
    micro_batches = list(micro_batches)
    optimizer.zero_grad()
    step_losses = []
    total, count = 0.0, 0
    for i, (x, y) in enumerate(micro_batches):
        loss = loss_fn(model(x), y)
        (loss / accum_steps).backward()
        total += loss.item()
        count += 1
        if (i + 1) % accum_steps == 0 or i + 1 == len(micro_batches):
            optimizer.step()
            optimizer.zero_grad()
            step_losses.append(total / count)
            total, count = 0.0, 0
    return step_losses
