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
    for _epoch in range(num_epochs):
        for batch in train_loader:
            loss = F.mse_loss(model(batch["input"].to(device)), batch["target"].to(device))
            loss.backward()
            optimizer.step()
        # TODO: zero the gradients, clip them, schedule the learning rate, validate,
        # checkpoint the best epoch, stop early, and restore the best weights.
    return model
