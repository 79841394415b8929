from drill_checks import compare


def test_fields_and_gap(ExperimentRecord):
    r = ExperimentRecord("lr3e-4_bs64", 3e-4, 64, train_loss=0.21, val_loss=0.30)
    return r.run_id, r.learning_rate, r.batch_size, r.train_loss, r.val_loss, r.gap


def test_sorted_by_validation_loss(ExperimentRecord):
    runs = [
        ExperimentRecord("a", 3e-4, 64, 0.21, 0.30),
        ExperimentRecord("b", 1e-3, 64, 0.15, 0.27),
        ExperimentRecord("c", 1e-2, 32, 0.40, 0.55),
    ]
    return [r.run_id for r in sorted(runs)]


@compare(match="learning_rate")
def test_zero_learning_rate_is_rejected(ExperimentRecord):
    return ExperimentRecord("bad", 0.0, 64, 0.2, 0.3)
