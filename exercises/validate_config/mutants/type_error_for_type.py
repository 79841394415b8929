"""Raises TypeError (not the required ValueError) for a non-numeric learning_rate."""
import torch

MODELS = {"mlp", "gnn", "fno", "siren"}


def validate_config(config: dict) -> dict:
    missing = [k for k in ("model_type", "learning_rate", "num_epochs") if k not in config]
    if missing:
        raise ValueError(f"missing required config keys: {missing}")
    lr = config["learning_rate"]
    if not isinstance(lr, (int, float)):
        raise TypeError(f"learning_rate must be numeric, got {type(lr).__name__}")
    lr = float(lr)
    if not 1e-8 <= lr <= 1.0:
        raise ValueError(f"learning_rate={lr} out of range")
    if config["model_type"] not in MODELS:
        raise ValueError(f"unknown model_type {config['model_type']!r}")
    return {
        "model_type": config["model_type"],
        "learning_rate": lr,
        "num_epochs": int(config["num_epochs"]),
        "batch_size": config.get("batch_size", 32),
        "hidden_dim": config.get("hidden_dim", 128),
        "weight_decay": float(config.get("weight_decay", 1e-4)),
        "device": config.get("device", "cuda" if torch.cuda.is_available() else "cpu"),
    }
