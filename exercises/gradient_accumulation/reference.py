import torch.nn.functional as F


def train_with_accumulation(model, optimizer, micro_batches, accum_steps, loss_fn=F.mse_loss):
    """Run one pass over `micro_batches`, taking one optimizer step per group of
    `accum_steps` micro-batches (the last group may be shorter).

    Each step uses the mean of its group's micro-batch gradients. Returns one loss per
    optimizer step: the mean of that group's micro-batch losses, as Python floats.
    """
    if accum_steps < 1:
        raise ValueError(f"accum_steps must be at least 1, got {accum_steps}")
    micro_batches = list(micro_batches)
    n = len(micro_batches)
    optimizer.zero_grad()
    step_losses = []
    for start in range(0, n, accum_steps):
        group = micro_batches[start:start + accum_steps]
        group_loss = 0.0
        for x, y in group:
            loss = loss_fn(model(x), y)
            (loss / len(group)).backward()
            group_loss += loss.item()
        optimizer.step()
        optimizer.zero_grad()
        step_losses.append(group_loss / len(group))
    return step_losses
