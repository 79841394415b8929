def test_small_example(warmup_cosine_lr):
    return [warmup_cosine_lr(t, 1.0, 2, 6, min_lr=0.1) for t in range(8)]


def test_boundaries(warmup_cosine_lr):
    lr = 3e-4
    return [warmup_cosine_lr(t, lr, 100, 1000) for t in (0, 50, 100, 550, 1000, 5000)]


def test_bad_warmup_raises(warmup_cosine_lr):
    return warmup_cosine_lr(0, 0.1, 20, 10)
