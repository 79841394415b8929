"""Wraps the forward pass in torch.no_grad() to "stop keeping the graph": the loss has
no graph at all, so backward() raises and nothing is trained."""
import torch
import torch.nn.functional as F


def train_model(model, optimizer, batches, epochs, loss_fn=F.mse_loss):
    history = []
    for _ in range(epochs):
        running = 0.0
        for x, y in batches:
            optimizer.zero_grad()
            with torch.no_grad():
                loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            running += loss.item()
        history.append(running / len(batches))
    return history
