"""Records the loss recomputed after the optimizer step (to get a detached number):
the values are post-update losses, and the extra forward pass changes nothing else
but the history is wrong."""
import torch
import torch.nn.functional as F


def train_model(model, optimizer, batches, epochs, loss_fn=F.mse_loss):
    history = []
    for _ in range(epochs):
        running = 0.0
        for x, y in batches:
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            with torch.no_grad():
                running += loss_fn(model(x), y).item()
        history.append(running / len(batches))
    return history
