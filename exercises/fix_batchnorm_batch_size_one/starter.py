import torch


def predict(model: torch.nn.Module, inputs: torch.Tensor, batch_size: int = 32) -> torch.Tensor:
    """Run `model` over `inputs` in chunks of `batch_size` rows and stack the outputs."""
    outputs = []
    with torch.no_grad():
        for start in range(0, len(inputs), batch_size):
            outputs.append(model(inputs[start : start + batch_size]))
    return torch.cat(outputs)
