"""Restores with an unconditional model.train(): a model that was in eval mode comes
back in training mode."""
import torch


def predict(model, inputs, batch_size=32):
    model.eval()
    with torch.no_grad():
        outputs = [model(inputs[s : s + batch_size]) for s in range(0, len(inputs), batch_size)]
    model.train()
    return torch.cat(outputs)
