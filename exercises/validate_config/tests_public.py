from drill_checks import compare


def test_minimal_config_gets_defaults(validate_config):
    import torch

    clean = validate_config({"model_type": "gnn", "learning_rate": 1e-3, "num_epochs": 50})
    expected_device = "cuda" if torch.cuda.is_available() else "cpu"
    return {k: v for k, v in clean.items() if k != "device"}, clean["device"] == expected_device


@compare(match=r"(?s)(?=.*learning_rate)(?=.*num_epochs)")
def test_missing_keys_are_all_named(validate_config):
    return validate_config({"model_type": "gnn"})


@compare(match="transformer")
def test_unknown_model_type(validate_config):
    return validate_config({"model_type": "transformer", "learning_rate": 1e-3, "num_epochs": 10})
