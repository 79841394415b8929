"""Strips the prefix correctly but also passes strict=False "to be safe": a checkpoint
for another architecture loads partially without any error."""
import torch


def load_checkpoint(model, path):
    state = torch.load(path, map_location="cpu")
    state = {k.removeprefix("module."): v for k, v in state.items()}
    model.load_state_dict(state, strict=False)
    return model
