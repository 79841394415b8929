"""Writes running = loss.item() instead of +=: each epoch reports only its last
batch's loss divided by the number of batches."""
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
            running = loss.item()
        history.append(running / len(batches))
    return history
