import torch
from drill_checks import compare


@compare(rtol=1e-4, atol=1e-5)
def test_ignored_rows_do_not_count(cross_entropy_from_logits):
    logits = torch.randn(10, 4)
    targets = torch.randint(0, 4, (10,))
    targets[[1, 4, 5, 9]] = -100
    return cross_entropy_from_logits(logits, targets)


@compare(rtol=1e-4, atol=1e-5)
def test_custom_ignore_index(cross_entropy_from_logits):
    logits = torch.randn(7, 3)
    targets = torch.tensor([0, 1, 2, 1, 0, 2, 2])
    # 1 is a valid class number: those rows must disappear, not be scored.
    with_zero = cross_entropy_from_logits(logits, targets, ignore_index=1)
    neg = torch.tensor([0, -1, 2, -1, 0, 2, 1])
    return with_zero, cross_entropy_from_logits(logits, neg, ignore_index=-1)


@compare(rtol=1e-4, atol=1e-5)
def test_default_index_is_a_regular_value_when_overridden(cross_entropy_from_logits):
    logits = torch.randn(4, 3)
    targets = torch.tensor([0, 2, 2, 1])
    return cross_entropy_from_logits(logits, targets, ignore_index=2)


def test_all_ignored_is_nan(cross_entropy_from_logits):
    logits = torch.randn(3, 4)
    targets = torch.full((3,), -100)
    return cross_entropy_from_logits(logits, targets)


def test_empty_batch_is_nan(cross_entropy_from_logits):
    logits = torch.zeros(0, 5)
    targets = torch.zeros(0, dtype=torch.long)
    return cross_entropy_from_logits(logits, targets)


@compare(rtol=1e-5, atol=1e-3)
def test_huge_logits_float32(cross_entropy_from_logits):
    logits = 1e4 * torch.randn(6, 5)
    targets = torch.randint(0, 5, (6,))
    targets[2] = -100
    loss = cross_entropy_from_logits(logits, targets)
    return loss, bool(torch.isfinite(loss))


@compare(rtol=1e-4, atol=1e-5)
def test_very_negative_logits(cross_entropy_from_logits):
    logits = torch.tensor([[-500.0, -501.0, -502.0], [-800.0, -800.0, -790.0]])
    targets = torch.tensor([1, 0])
    return cross_entropy_from_logits(logits, targets)


@compare(rtol=1e-10, atol=1e-12)
def test_float64_stays_float64(cross_entropy_from_logits):
    logits = torch.randn(9, 6, dtype=torch.float64)
    targets = torch.randint(0, 6, (9,))
    targets[0] = -100
    return cross_entropy_from_logits(logits, targets)


@compare(rtol=1e-4, atol=1e-5)
def test_single_sample_single_class(cross_entropy_from_logits):
    one_class = cross_entropy_from_logits(torch.tensor([[3.5]]), torch.tensor([0]))
    one_sample = cross_entropy_from_logits(torch.tensor([[0.0, 1.0, 2.0, 3.0]]), torch.tensor([1]))
    return one_class, one_sample


@compare(rtol=1e-4, atol=1e-5)
def test_non_contiguous_logits(cross_entropy_from_logits):
    logits = torch.randn(6, 8).T  # (8, 6), column-major view
    targets = torch.randint(0, 6, (8,))
    targets[3] = -100
    strided = torch.randn(5, 12)[:, ::3]  # (5, 4), every third column
    t2 = torch.tensor([3, 0, -100, 1, 2])
    return cross_entropy_from_logits(logits, targets), cross_entropy_from_logits(strided, t2)


@compare(rtol=1e-4, atol=1e-6)
def test_gradient_flows_to_logits(cross_entropy_from_logits):
    logits = torch.randn(5, 4, requires_grad=True)
    targets = torch.tensor([1, -100, 3, 0, -100])
    cross_entropy_from_logits(logits, targets).backward()
    return logits.grad


@compare(rtol=1e-4, atol=1e-5)
def test_many_classes(cross_entropy_from_logits):
    logits = 5.0 * torch.randn(32, 100)
    targets = torch.randint(0, 100, (32,))
    targets[::7] = -100
    return cross_entropy_from_logits(logits, targets)


def test_inputs_are_not_modified(cross_entropy_from_logits):
    logits = torch.randn(4, 3)
    targets = torch.tensor([0, -100, 2, 1])
    lb, tb = logits.clone(), targets.clone()
    cross_entropy_from_logits(logits, targets)
    return torch.equal(logits, lb), torch.equal(targets, tb)
