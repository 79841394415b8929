"""Fills the defaults and conversions into the caller's dict (setdefault and item
assignment) before copying: the input config is modified."""
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
    if config["model_type"] not in MODELS:
        raise ValueError(f"unknown model_type {config['model_type']!r}")
    config["learning_rate"] = lr
    config["num_epochs"] = int(config["num_epochs"])
    config.setdefault("batch_size", 32)
    config.setdefault("hidden_dim", 128)
    config["weight_decay"] = float(config.get("weight_decay", 1e-4))
    config.setdefault("device", "cuda" if torch.cuda.is_available() else "cpu")
    keys = ("model_type", "learning_rate", "num_epochs", "batch_size", "hidden_dim",
            "weight_decay", "device")
    return {k: config[k] for k in keys}
