import dataclasses
import math
import random

from drill_checks import compare


def _rec(cls, run_id="run", lr=1e-3, bs=32, train=0.5, val=0.6):
    return cls(run_id, lr, bs, train, val)


def test_is_a_dataclass_with_the_right_fields(ExperimentRecord):
    r = _rec(ExperimentRecord)
    init_of = {f.name: f.init for f in dataclasses.fields(ExperimentRecord)}
    wanted = ["run_id", "learning_rate", "batch_size", "train_loss", "val_loss", "gap"]
    return (
        dataclasses.is_dataclass(ExperimentRecord),
        dataclasses.is_dataclass(r),
        [init_of.get(name) for name in wanted],
    )


def test_keyword_construction(ExperimentRecord):
    r = ExperimentRecord(
        val_loss=1.25, train_loss=0.75, batch_size=8, learning_rate=0.1, run_id="kw"
    )
    as_dict = dataclasses.asdict(r)
    wanted = ["run_id", "learning_rate", "batch_size", "train_loss", "val_loss", "gap"]
    return {name: as_dict[name] for name in wanted}


def test_gap_can_be_negative(ExperimentRecord):
    r = _rec(ExperimentRecord, train=0.9, val=0.4)
    return r.gap


def test_gap_with_integer_losses(ExperimentRecord):
    r = _rec(ExperimentRecord, train=0, val=2)
    return r.gap, r.train_loss, r.val_loss


def test_equality_uses_all_fields(ExperimentRecord):
    a = _rec(ExperimentRecord, "x", 1e-3, 32, 0.5, 0.6)
    same = _rec(ExperimentRecord, "x", 1e-3, 32, 0.5, 0.6)
    other_lr = _rec(ExperimentRecord, "x", 2e-3, 32, 0.5, 0.6)
    other_bs = _rec(ExperimentRecord, "x", 1e-3, 64, 0.5, 0.6)
    other_train = _rec(ExperimentRecord, "x", 1e-3, 32, 0.4, 0.6)
    return a == same, a == other_lr, a == other_bs, a == other_train, a == "x"


def test_hashable_and_usable_in_sets(ExperimentRecord):
    a = _rec(ExperimentRecord, "x", 1e-3, 32, 0.5, 0.6)
    same = _rec(ExperimentRecord, "x", 1e-3, 32, 0.5, 0.6)
    b = _rec(ExperimentRecord, "y", 1e-3, 32, 0.5, 0.6)
    best = {a: "first"}
    best[same] = "second"
    return hash(a) == hash(same), len({a, same, b}), best[a], len(best)


def test_assigning_a_field_is_rejected(ExperimentRecord):
    r = _rec(ExperimentRecord)
    r.val_loss = 0.1


def test_assigning_gap_is_rejected(ExperimentRecord):
    r = _rec(ExperimentRecord)
    try:
        r.gap = 0.0
    except dataclasses.FrozenInstanceError:
        return "frozen", r.gap
    return "assigned", r.gap


def test_ties_broken_by_run_id(ExperimentRecord):
    runs = [
        _rec(ExperimentRecord, "delta", val=0.3),
        _rec(ExperimentRecord, "bravo", val=0.3),
        _rec(ExperimentRecord, "charlie", val=0.1),
        _rec(ExperimentRecord, "alpha", val=0.3),
    ]
    return [r.run_id for r in sorted(runs)]


def test_min_and_max(ExperimentRecord):
    runs = [_rec(ExperimentRecord, f"run{i}", val=v) for i, v in enumerate([0.4, 0.2, 0.9, 0.3])]
    return min(runs).run_id, max(runs).run_id


def test_ordering_ignores_train_loss_and_hyperparameters(ExperimentRecord):
    # Train loss and learning rate point the other way; only val_loss counts.
    runs = [
        ExperimentRecord("z", 1e-4, 8, 0.05, 0.8),
        ExperimentRecord("y", 1e-1, 512, 0.90, 0.2),
        ExperimentRecord("x", 1e-2, 64, 0.50, 0.5),
    ]
    return [r.run_id for r in sorted(runs)]


def test_all_comparison_operators(ExperimentRecord):
    good = _rec(ExperimentRecord, "good", val=0.2)
    bad = _rec(ExperimentRecord, "bad", val=0.7)
    twin = _rec(ExperimentRecord, "good", val=0.2)
    return (
        good < bad, good > bad, good <= bad, good >= bad,
        bad < good, bad > good, good <= twin, good >= twin, good < twin,
    )


def test_sort_many_random_runs(ExperimentRecord):
    runs = [
        ExperimentRecord(
            f"run{i:03d}",
            10 ** random.uniform(-5, -1),
            random.choice([16, 32, 64]),
            round(random.uniform(0, 1), 2),
            round(random.uniform(0, 1), 1),
        )
        for i in range(60)
    ]
    random.shuffle(runs)
    return [(r.val_loss, r.run_id) for r in sorted(runs)]


def test_comparison_with_other_types_raises_type_error(ExperimentRecord):
    return _rec(ExperimentRecord) < 0.5


@compare(match="run_id")
def test_empty_run_id(ExperimentRecord):
    return _rec(ExperimentRecord, run_id="")


@compare(match="learning_rate")
def test_negative_learning_rate(ExperimentRecord):
    return _rec(ExperimentRecord, lr=-1e-3)


@compare(match="learning_rate")
def test_nan_learning_rate(ExperimentRecord):
    return _rec(ExperimentRecord, lr=math.nan)


@compare(match="batch_size")
def test_zero_batch_size(ExperimentRecord):
    return _rec(ExperimentRecord, bs=0)


@compare(match="batch_size")
def test_fractional_batch_size(ExperimentRecord):
    return _rec(ExperimentRecord, bs=16.5)


@compare(match="train_loss")
def test_negative_train_loss(ExperimentRecord):
    return _rec(ExperimentRecord, train=-0.1)


@compare(match="val_loss")
def test_nan_val_loss(ExperimentRecord):
    return _rec(ExperimentRecord, val=math.nan)


@compare(match="val_loss")
def test_infinite_val_loss(ExperimentRecord):
    return _rec(ExperimentRecord, val=math.inf)


@compare(match="train_loss")
def test_nan_train_loss(ExperimentRecord):
    return _rec(ExperimentRecord, train=float("nan"))


def test_zero_losses_are_valid(ExperimentRecord):
    r = _rec(ExperimentRecord, train=0.0, val=0.0)
    return r.train_loss, r.val_loss, r.gap
