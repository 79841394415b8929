"""Lower-cases and strips model_type before checking it: "MLP" and " gnn" are
accepted although the spelling must be exact."""
import torch

MODELS = {"mlp", "gnn", "fno", "siren"}


def validate_config(config: dict) -> dict:
    missing = [k for k in ("model_type", "learning_rate", "num_epochs") if k not in config]
    if missing:
        raise ValueError(f"missing required config keys: {missing}")
    lr = config["learning_rate"]
    if not isinstance(lr, (int, float)):
        raise ValueError(f"learning_rate must be numeric, got {type(lr).__name__}")
    lr = float(lr)
    if not 1e-8 <= lr <= 1.0:
        raise ValueError(f"learning_rate={lr} out of range")
    model = str(config["model_type"]).strip().lower()
    if model not in MODELS:
        raise ValueError(f"unknown model_type {config['model_type']!r}")
    config = {**config, "model_type": model}
    return {
        "model_type": config["model_type"],
        "learning_rate": lr,
        "num_epochs": int(config["num_epochs"]),
        "batch_size": config.get("batch_size", 32),
        "hidden_dim": config.get("hidden_dim", 128),
        "weight_decay": float(config.get("weight_decay", 1e-4)),
        "device": config.get("device", "cuda" if torch.cuda.is_available() else "cpu"),
    }
