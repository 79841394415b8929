"""Switches to eval mode (and back) but drops torch.no_grad(): the outputs carry a
graph (requires_grad=True) and keep every chunk's activations alive."""
import torch


def predict(model, inputs, batch_size=32):
    was_training = model.training
    model.eval()
    outputs = [model(inputs[s : s + batch_size]) for s in range(0, len(inputs), batch_size)]
    model.train(was_training)
    return torch.cat(outputs)
