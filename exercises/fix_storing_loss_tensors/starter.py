import torch.nn.functional as F


def train_model(model, optimizer, batches, epochs, loss_fn=F.mse_loss):
    """Train `model` for `epochs` passes over `batches` (a list of (x, y) pairs).

    Returns the history: one entry per epoch, the mean of that epoch's batch losses.
    """
    history = []
    for _ in range(epochs):
        running = 0.0
        for x, y in batches:
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            running += loss
        history.append(running / len(batches))
    return history
