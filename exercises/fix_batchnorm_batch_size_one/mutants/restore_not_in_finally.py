"""Restores the mode only on the success path: if the forward pass raises, the model
is left in eval mode."""
import torch


def predict(model, inputs, batch_size=32):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        outputs = [model(inputs[s : s + batch_size]) for s in range(0, len(inputs), batch_size)]
    model.train(was_training)
    return torch.cat(outputs)
