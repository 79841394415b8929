"""Never divides the loss by the group size: each step uses the SUM of the group's
gradients, an update accum_steps times too large (like a learning rate multiplied by
accum_steps)."""
import torch.nn.functional as F


def train_with_accumulation(model, optimizer, micro_batches, accum_steps, loss_fn=F.mse_loss):
    if accum_steps < 1:
        raise ValueError(f"accum_steps must be at least 1, got {accum_steps}")
    micro_batches = list(micro_batches)
    optimizer.zero_grad()
    step_losses = []
    for start in range(0, len(micro_batches), accum_steps):
        group = micro_batches[start:start + accum_steps]
        total = 0.0
        for x, y in group:
            loss = loss_fn(model(x), y)
            loss.backward()
            total += loss.item()
        optimizer.step()
        optimizer.zero_grad()
        step_losses.append(total / len(group))
    return step_losses
