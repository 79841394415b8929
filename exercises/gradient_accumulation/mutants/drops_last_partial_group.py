"""The textbook `if (i + 1) % accum_steps == 0: step()` loop: a shorter last group is
backpropagated but never stepped, and its gradients are left in .grad."""
import torch.nn.functional as F


def train_with_accumulation(model, optimizer, micro_batches, accum_steps, loss_fn=F.mse_loss):
    if accum_steps < 1:
        raise ValueError(f"accum_steps must be at least 1, got {accum_steps}")
    optimizer.zero_grad()
    step_losses = []
    total = 0.0
    for i, (x, y) in enumerate(micro_batches):
        loss = loss_fn(model(x), y)
        (loss / accum_steps).backward()
        total += loss.item()
        if (i + 1) % accum_steps == 0:
            optimizer.step()
            optimizer.zero_grad()
            step_losses.append(total / accum_steps)
            total = 0.0
    return step_losses
