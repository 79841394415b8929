import torch


def predict(model: torch.nn.Module, inputs: torch.Tensor, batch_size: int = 32) -> torch.Tensor:
    """Run `model` over `inputs` in chunks of `batch_size` rows and stack the outputs."""
    was_training = model.training
    model.eval()  # BatchNorm: running statistics; Dropout: off
    try:
        with torch.no_grad():
            outputs = [
                model(inputs[start : start + batch_size])
                for start in range(0, len(inputs), batch_size)
            ]
    finally:
        model.train(was_training)
    return torch.cat(outputs)
