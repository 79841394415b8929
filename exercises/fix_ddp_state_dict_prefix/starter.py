import torch


def load_checkpoint(model: torch.nn.Module, path: str) -> torch.nn.Module:
    """Load the state dict stored at `path` into `model` and return the model."""
    state = torch.load(path, map_location="cpu")
    model.load_state_dict(state)
    return model
