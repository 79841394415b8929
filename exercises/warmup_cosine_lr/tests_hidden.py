from drill_checks import compare


def test_full_curve(warmup_cosine_lr):
    return [warmup_cosine_lr(t, 0.5, 7, 40, min_lr=0.05) for t in range(45)]


def test_warmup_ramp_starts_at_zero_and_is_linear(warmup_cosine_lr):
    return [warmup_cosine_lr(t, 2.0, 8, 20) for t in range(9)]


def test_cosine_midpoint_and_quarters(warmup_cosine_lr):
    # Progress 0, 1/4, 1/2, 3/4, 1 of the decay phase.
    return [warmup_cosine_lr(t, 1.0, 10, 110, min_lr=0.2) for t in (10, 35, 60, 85, 110)]


def test_after_the_end_stays_at_floor(warmup_cosine_lr):
    return [warmup_cosine_lr(t, 1.0, 5, 50, min_lr=0.01) for t in (50, 51, 75, 99, 100, 10**6)]


def test_min_lr_zero_by_default(warmup_cosine_lr):
    return warmup_cosine_lr(99, 1.0, 0, 100), warmup_cosine_lr(100, 1.0, 0, 100)


def test_no_warmup(warmup_cosine_lr):
    return [warmup_cosine_lr(t, 0.1, 0, 4, min_lr=0.0) for t in range(6)]


def test_warmup_equals_total(warmup_cosine_lr):
    return [warmup_cosine_lr(t, 1.0, 4, 4, min_lr=0.25) for t in range(7)]


def test_single_step_schedule(warmup_cosine_lr):
    return warmup_cosine_lr(0, 0.3, 0, 1), warmup_cosine_lr(1, 0.3, 0, 1), warmup_cosine_lr(
        0, 0.3, 1, 1
    )


def test_returns_python_float_for_int_arguments(warmup_cosine_lr):
    values = [
        warmup_cosine_lr(0, 1, 0, 10),
        warmup_cosine_lr(3, 2, 4, 10),
        warmup_cosine_lr(10, 2, 4, 10, min_lr=1),
        warmup_cosine_lr(20, 2, 4, 10),
    ]
    return values, [type(v) is float for v in values]


def test_min_lr_equal_to_base_lr_is_constant_after_warmup(warmup_cosine_lr):
    return [warmup_cosine_lr(t, 0.01, 2, 10, min_lr=0.01) for t in range(12)]


@compare(rtol=1e-9)
def test_long_schedule(warmup_cosine_lr):
    steps = (0, 1, 1999, 2000, 2001, 123_456, 299_999, 300_000, 300_001)
    return [warmup_cosine_lr(t, 6e-4, 2000, 300_000, min_lr=6e-5) for t in steps]


@compare(match=r"step")
def test_negative_step_raises(warmup_cosine_lr):
    return warmup_cosine_lr(-1, 0.1, 10, 100)


def test_negative_warmup_raises(warmup_cosine_lr):
    return warmup_cosine_lr(5, 0.1, -1, 100)


def test_zero_total_raises(warmup_cosine_lr):
    return warmup_cosine_lr(0, 0.1, 0, 0)


def test_min_above_base_raises(warmup_cosine_lr):
    return warmup_cosine_lr(5, 0.1, 2, 10, min_lr=0.2)
