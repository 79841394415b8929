"""Saves the checkpoint every epoch, so the 'best' file ends up holding the last epoch."""
import math

import torch
import torch.nn.functional as F
from torch import nn


def train_model(
    model: nn.Module,
    train_loader,
    val_loader,
    num_epochs: int = 100,
    lr: float = 1e-3,
    patience: int = 10,
    save_path: str = "best_model.pt",
    device: str = "cuda",
):
    """Train with AdamW + cosine schedule, validate every epoch, checkpoint the best
    epoch, stop early after `patience` epochs without improvement, and return the
    model with the best weights loaded."""
    model = model.to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=1e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=num_epochs)
    use_amp = torch.device(device).type == "cuda"
    scaler = torch.amp.GradScaler("cuda", enabled=use_amp)

    best_val = math.inf
    epochs_without_improvement = 0

    for epoch in range(num_epochs):
        model.train()
        for batch in train_loader:
            x = batch["input"].to(device)
            y = batch["target"].to(device)
            optimizer.zero_grad(set_to_none=True)
            with torch.autocast(device_type="cuda", enabled=use_amp):
                loss = F.mse_loss(model(x), y)
            scaler.scale(loss).backward()
            scaler.unscale_(optimizer)
            nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            scaler.step(optimizer)
            scaler.update()
        scheduler.step()

        model.eval()
        total, n_batches = 0.0, 0
        with torch.no_grad():
            for batch in val_loader:
                x = batch["input"].to(device)
                y = batch["target"].to(device)
                with torch.autocast(device_type="cuda", enabled=use_amp):
                    total += F.mse_loss(model(x), y).item()
                n_batches += 1
        val_loss = total / n_batches

        torch.save(
                {
                    "epoch": epoch,
                    "model_state_dict": model.state_dict(),
                    "optimizer_state_dict": optimizer.state_dict(),
                    "val_loss": val_loss,
                },
                save_path,
            )
        if val_loss < best_val:
            best_val = val_loss
            epochs_without_improvement = 0
        else:
            epochs_without_improvement += 1
            if epochs_without_improvement >= patience:
                break

    best = torch.load(save_path, weights_only=True)
    model.load_state_dict(best["model_state_dict"])
    return model
