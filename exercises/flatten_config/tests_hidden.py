import copy

from drill_checks import compare


def _config():
    return {
        "experiment": "sweep_07",
        "model": {
            "encoder": {"layers": 6, "dim": 512, "heads": None},
            "decoder": {"layers": [{"dim": 256}, {"dim": 128}]},
            "dropout": 0.1,
        },
        "optim": {"name": "adamw", "betas": (0.9, 0.999), "schedule": {}},
        "seed": 0,
    }


def test_flatten_order_and_leaves(flatten_config):
    return list(flatten_config(_config()).items())


def test_lists_of_dicts_are_leaves(flatten_config):
    flat = flatten_config({"callbacks": [{"name": "ckpt"}, {"name": "early_stop"}]})
    return list(flat.items())


def test_empty_nested_dict_is_kept(flatten_config):
    return flatten_config({"scheduler": {}, "model": {"head": {}, "dim": 8}})


def test_empty_config(flatten_config, unflatten_config):
    return flatten_config({}), unflatten_config({})


def test_flat_config_is_unchanged(flatten_config, unflatten_config):
    config = {"lr": 1e-3, "epochs": 5, "tags": ["baseline"]}
    return flatten_config(config), unflatten_config(config)


def test_deep_nesting(flatten_config, unflatten_config):
    config = {"leaf": 1}
    for depth in range(30):
        config = {f"level{depth}": config}
    flat = flatten_config(config)
    return list(flat.items()), unflatten_config(flat) == config


def test_custom_separator(flatten_config, unflatten_config):
    config = {"model": {"encoder.v2": {"dim": 64}}, "lr": 0.01}
    flat = flatten_config(config, sep="/")
    return list(flat.items()), unflatten_config(flat, sep="/") == config


def test_unflatten_custom_separator(unflatten_config):
    return unflatten_config({"a__b__c": 1, "a__d": 2, "e.f": 3}, sep="__")


def test_unflatten_sibling_order(unflatten_config):
    nested = unflatten_config({"b.x": 1, "a": 2, "b.y": 3, "c.z.w": 4, "b.z": 5})
    return list(nested.items()), list(nested["b"].items())


def test_unflatten_deep(unflatten_config):
    return unflatten_config({"a.b.c.d.e": 1, "a.b.c.f": 2, "a.g": 3})


def test_round_trip_of_the_full_config(flatten_config, unflatten_config):
    config = _config()
    return unflatten_config(flatten_config(config)) == config


def test_round_trip_from_flat(flatten_config, unflatten_config):
    flat = {"train.lr": 0.1, "train.steps": 100, "eval.every": 10, "name": "x", "train.opt": {}}
    return flatten_config(unflatten_config(flat)) == flat


def test_inputs_are_not_modified(flatten_config, unflatten_config):
    config = _config()
    before = copy.deepcopy(config)
    flatten_config(config)
    flat = {"a.b": [1, 2], "a.c": 3, "d": {}}
    flat_before = copy.deepcopy(flat)
    unflatten_config(flat)
    return config == before, flat == flat_before


@compare(match=r"lr\.max")
def test_flatten_rejects_key_containing_separator(flatten_config):
    return flatten_config({"optim": {"lr.max": 0.1}})


@compare(match="warmup/steps")
def test_flatten_rejects_custom_separator_in_key(flatten_config):
    return flatten_config({"sched": {"warmup/steps": 100}}, sep="/")


@compare(match="model")
def test_unflatten_conflict_value_first(unflatten_config):
    return unflatten_config({"model": "resnet", "model.depth": 50})


@compare(match="model")
def test_unflatten_conflict_prefix_first(unflatten_config):
    return unflatten_config({"model.depth": 50, "model": "resnet"})


@compare(match=r"optim\.lr")
def test_unflatten_deep_conflict(unflatten_config):
    return unflatten_config({"optim.lr": 0.1, "optim.name": "sgd", "optim.lr.warmup": 5})


@compare(match=r"optim\.lr")
def test_unflatten_deep_conflict_prefix_first(unflatten_config):
    return unflatten_config({"optim.lr.warmup": 5, "optim.name": "sgd", "optim.lr": 0.1})
