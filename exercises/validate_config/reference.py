import torch

REQUIRED_KEYS = ("model_type", "learning_rate", "num_epochs")
MODEL_TYPES = frozenset({"mlp", "gnn", "fno", "siren"})
LR_MIN, LR_MAX = 1e-8, 1.0


def validate_config(config: dict) -> dict:
    """Check a training config and return a clean copy with defaults filled in.

    Raises ValueError for missing keys, a non-numeric or out-of-range learning
    rate, or an unknown model_type.
    """
    missing = [key for key in REQUIRED_KEYS if key not in config]
    if missing:
        raise ValueError(f"missing required config keys: {missing}")

    lr = config["learning_rate"]
    if not isinstance(lr, (int, float)):
        raise ValueError(f"learning_rate must be a number, got {type(lr).__name__}")
    lr = float(lr)
    if not LR_MIN <= lr <= LR_MAX:
        raise ValueError(f"learning_rate={lr} is outside [{LR_MIN}, {LR_MAX}]")

    model_type = config["model_type"]
    if model_type not in MODEL_TYPES:
        raise ValueError(f"model_type {model_type!r} is not one of {sorted(MODEL_TYPES)}")

    default_device = "cuda" if torch.cuda.is_available() else "cpu"
    return {
        "model_type": model_type,
        "learning_rate": lr,
        "num_epochs": int(config["num_epochs"]),
        "batch_size": config.get("batch_size", 32),
        "hidden_dim": config.get("hidden_dim", 128),
        "weight_decay": float(config.get("weight_decay", 1e-4)),
        "device": config.get("device", default_device),
    }
