"""Puts only the BatchNorm layers into eval mode: Dropout stays active, so predictions
are random, and the layers are not switched back."""
import torch


def predict(model, inputs, batch_size=32):
    for module in model.modules():
        if isinstance(module, torch.nn.modules.batchnorm._BatchNorm):
            module.eval()
    with torch.no_grad():
        outputs = [model(inputs[s : s + batch_size]) for s in range(0, len(inputs), batch_size)]
    return torch.cat(outputs)
