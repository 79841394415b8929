import copy
import re

from drill_checks import compare


def _base(**changes):
    config = {"model_type": "mlp", "learning_rate": 0.01, "num_epochs": 5}
    config.update(changes)
    return config


def _outcome(validate_config, config, pattern):
    """('ok', result) or ('ValueError', whether the message matches pattern)."""
    try:
        return "ok", validate_config(config)
    except ValueError as exc:
        return "ValueError", re.search(pattern, str(exc)) is not None


def test_every_allowed_model_type(validate_config):
    return [
        validate_config(_base(model_type=name))["model_type"]
        for name in ("mlp", "gnn", "fno", "siren")
    ]


def test_conversions_and_types(validate_config):
    clean = validate_config(_base(learning_rate=1, num_epochs=20.0, weight_decay=0))
    return (
        clean["learning_rate"],
        isinstance(clean["learning_rate"], float),
        clean["num_epochs"],
        type(clean["num_epochs"]) is int,
        clean["weight_decay"],
        isinstance(clean["weight_decay"], float),
    )


def test_range_ends_are_included(validate_config):
    low = validate_config(_base(learning_rate=1e-8))["learning_rate"]
    high = validate_config(_base(learning_rate=1.0))["learning_rate"]
    return low, high


def test_out_of_range_learning_rates(validate_config):
    bad = [0, 0.0, -1e-3, 9.99e-9, 1.0000001, 2, 1e3, float("inf")]
    return [_outcome(validate_config, _base(learning_rate=lr), "learning_rate") for lr in bad]


def test_non_numeric_learning_rates(validate_config):
    bad = ["0.001", "fast", None, [1e-3], {"lr": 1e-3}]
    return [_outcome(validate_config, _base(learning_rate=lr), "learning_rate") for lr in bad]


@compare(match="learning_rate")
def test_numeric_string_is_not_accepted(validate_config):
    return validate_config(_base(learning_rate="1e-3"))


@compare(match="learning_rate")
def test_too_large_learning_rate(validate_config):
    return validate_config(_base(learning_rate=1.5))


@compare(match="num_epochs")
def test_single_missing_key(validate_config):
    return validate_config({"model_type": "fno", "learning_rate": 0.1})


@compare(match=r"(?s)(?=.*model_type)(?=.*learning_rate)(?=.*num_epochs)")
def test_empty_config_names_all_three(validate_config):
    return validate_config({})


@compare(match=r"(?s)(?=.*model_type)(?=.*num_epochs)")
def test_missing_keys_are_reported_before_a_bad_value(validate_config):
    return validate_config({"learning_rate": "abc"})


@compare(match="learning_rate")
def test_learning_rate_is_checked_before_model_type(validate_config):
    return validate_config({"model_type": "cnn", "learning_rate": 5.0, "num_epochs": 3})


def test_model_type_spelling_is_exact(validate_config):
    return [_outcome(validate_config, _base(model_type=m), "") for m in ("MLP", " gnn", "siren ")]


@compare(match="resnet")
def test_model_message_names_the_value(validate_config):
    return validate_config(_base(model_type="resnet"))


def test_given_optional_values_win_over_defaults(validate_config):
    clean = validate_config(
        _base(batch_size=64, hidden_dim=256, weight_decay=0.05, device="cuda:1")
    )
    return clean


def test_missing_optionals_get_defaults(validate_config):
    import torch

    clean = validate_config(_base(model_type="siren", learning_rate=0.5, num_epochs=1))
    device_ok = clean["device"] == ("cuda" if torch.cuda.is_available() else "cpu")
    return [clean[k] for k in ("batch_size", "hidden_dim", "weight_decay")], device_ok


def test_result_has_exactly_seven_keys(validate_config):
    config = _base(device="cpu", notes="first try", optimizer="adam", seed=3)
    return sorted(validate_config(config))


def test_input_is_not_modified(validate_config):
    config = _base(learning_rate=1, num_epochs=7.0, extra=[1, 2])
    before = copy.deepcopy(config)
    clean = validate_config(config)
    clean["model_type"] = "changed"
    return config == before, config


def test_num_epochs_truncates_like_int(validate_config):
    return [validate_config(_base(num_epochs=n))["num_epochs"] for n in (1, 9.9, "12", True)]
