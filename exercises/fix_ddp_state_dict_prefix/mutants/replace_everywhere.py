"""Uses str.replace("module.", ""): strips the wrapper's prefix but also mangles
'submodule.0.weight' into 'sub0.weight', so models with such names fail to load."""
import torch


def load_checkpoint(model, path):
    state = torch.load(path, map_location="cpu")
    model.load_state_dict({k.replace("module.", ""): v for k, v in state.items()})
    return model
