import torch
from torch import nn


def mixed_precision_step(
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    scaler: torch.amp.GradScaler,
    loss_fn,
    inputs: torch.Tensor,
    targets: torch.Tensor,
    max_grad_norm: float | None = None,
) -> float:
    """One optimiser step with autocast and dynamic loss scaling; returns the loss."""
    device_type = inputs.device.type
    amp_dtype = torch.bfloat16 if device_type == "cpu" else torch.float16

    optimizer.zero_grad(set_to_none=True)
    with torch.autocast(device_type=device_type, dtype=amp_dtype):
        loss = loss_fn(model(inputs), targets)

    scaler.scale(loss).backward()  # backward runs outside the autocast region
    if max_grad_norm is not None:
        scaler.unscale_(optimizer)  # clip the true gradients, not the scaled ones
        torch.nn.utils.clip_grad_norm_(model.parameters(), max_grad_norm)
    scaler.step(optimizer)  # skipped when a gradient is inf/NaN
    scaler.update()  # back off after a skip, grow after enough good steps
    return loss.item()
