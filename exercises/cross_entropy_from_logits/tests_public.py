import torch
from drill_checks import compare


@compare(rtol=1e-4, atol=1e-5)
def test_small_example(cross_entropy_from_logits):
    logits = torch.tensor([[2.0, 0.0, -1.0], [0.5, 0.5, 0.5], [1.0, 2.0, 3.0]])
    targets = torch.tensor([0, 2, -100])
    return cross_entropy_from_logits(logits, targets)


@compare(rtol=1e-4, atol=1e-5)
def test_random_batch_without_ignored(cross_entropy_from_logits):
    logits = torch.randn(8, 5)
    targets = torch.randint(0, 5, (8,))
    return cross_entropy_from_logits(logits, targets)


@compare(rtol=1e-4, atol=1e-4)
def test_large_logits_stay_finite(cross_entropy_from_logits):
    logits = torch.tensor([[1000.0, 0.0, -1000.0], [0.0, 2000.0, 1990.0]])
    targets = torch.tensor([2, 2])
    return cross_entropy_from_logits(logits, targets)
