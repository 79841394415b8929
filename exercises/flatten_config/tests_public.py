def test_flatten_example(flatten_config):
    config = {
        "model": {"encoder": {"layers": 6, "dim": 512}, "dropout": 0.1},
        "optim": {"name": "adamw", "betas": [0.9, 0.999]},
        "seed": 0,
    }
    return list(flatten_config(config).items())


def test_unflatten_example(unflatten_config):
    return unflatten_config({"optim.lr": 3e-4, "optim.name": "sgd", "epochs": 10})


def test_round_trip(flatten_config, unflatten_config):
    config = {"data": {"path": "/datasets/sim", "splits": [0.8, 0.2]}, "batch_size": 32}
    return unflatten_config(flatten_config(config)) == config
