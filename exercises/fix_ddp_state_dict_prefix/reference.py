import torch

DDP_PREFIX = "module."


def load_checkpoint(model: torch.nn.Module, path: str) -> torch.nn.Module:
    """Load the state dict stored at `path` into `model` and return the model.

    Accepts checkpoints saved from the bare model and from a
    DistributedDataParallel wrapper (whose keys start with "module.").
    """
    state = torch.load(path, map_location="cpu")
    state = {key.removeprefix(DDP_PREFIX): value for key, value in state.items()}
    model.load_state_dict(state)  # strict: missing or unexpected keys still raise
    return model
