import torch


def validate_config(config: dict) -> dict:
    """Check a training config and return a clean copy with defaults filled in.

    Raises ValueError for missing keys, a non-numeric or out-of-range learning
    rate, or an unknown model_type.
    """
    # TODO: validate before building the result.
    return {
        "model_type": config["model_type"],
        "learning_rate": config["learning_rate"],
        "num_epochs": config["num_epochs"],
        "device": "cuda" if torch.cuda.is_available() else "cpu",
    }
