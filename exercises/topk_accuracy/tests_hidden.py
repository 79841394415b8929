import torch
from drill_checks import compare


def test_all_equal_scores_count_as_correct(topk_accuracy):
    logits = torch.zeros(5, 4)
    targets = torch.tensor([3, 2, 1, 0, 3])
    return topk_accuracy(logits, targets, ks=[1, 2])


def test_ties_with_a_strictly_better_class(topk_accuracy):
    # Target tied with one class, but a third class is strictly above both.
    logits = torch.tensor([[1.0, 5.0, 1.0, 0.0], [2.0, 2.0, 2.0, 3.0], [0.0, 1.0, 1.0, 1.0]])
    targets = torch.tensor([2, 0, 2])
    return topk_accuracy(logits, targets, ks=(1, 2, 3, 4))


def test_quantised_scores_with_many_ties(topk_accuracy):
    logits = torch.randint(0, 3, (40, 6)).float()
    targets = torch.randint(0, 6, (40,))
    return topk_accuracy(logits, targets, ks=range(1, 7))


def test_values_are_python_floats(topk_accuracy):
    logits = torch.randn(7, 5)
    targets = torch.randint(0, 5, (7,))
    out = topk_accuracy(logits, targets, ks=(1, 2))
    return out, [type(v) is float for v in out.values()]


def test_k_equal_to_classes_is_one(topk_accuracy):
    logits = torch.randn(9, 4)
    targets = torch.randint(0, 4, (9,))
    return topk_accuracy(logits, targets, ks=(4,))


def test_single_sample(topk_accuracy):
    logits = torch.tensor([[0.2, 0.9, 0.5, 0.1]])
    return topk_accuracy(logits, torch.tensor([2]), ks=(1, 2, 3))


def test_single_class(topk_accuracy):
    return topk_accuracy(torch.randn(3, 1), torch.zeros(3, dtype=torch.long), ks=(1,))


def test_unordered_and_repeated_ks(topk_accuracy):
    logits = torch.randn(30, 8)
    targets = torch.randint(0, 8, (30,))
    out = topk_accuracy(logits, targets, ks=[5, 1, 3, 1])
    return out, sorted(out)


def test_float64_and_large_scores(topk_accuracy):
    logits = 1e6 * torch.randn(25, 7, dtype=torch.float64)
    targets = torch.randint(0, 7, (25,))
    return topk_accuracy(logits, targets, ks=(1, 2, 6))


def test_non_contiguous_logits(topk_accuracy):
    logits = torch.randn(6, 20).T  # (20, 6)
    targets = torch.randint(0, 6, (20,))
    strided = torch.randn(12, 10)[::2, ::2]  # (6, 5)
    t2 = torch.randint(0, 5, (6,))
    return topk_accuracy(logits, targets, ks=(1, 3)), topk_accuracy(strided, t2, ks=(2,))


@compare(match=r"k")
def test_zero_k_raises(topk_accuracy):
    return topk_accuracy(torch.randn(4, 3), torch.tensor([0, 1, 2, 0]), ks=(0, 1))


@compare(match=r"k")
def test_k_above_classes_raises_with_message(topk_accuracy):
    return topk_accuracy(torch.randn(2, 5), torch.tensor([0, 4]), ks=(6,))


def test_empty_batch_raises(topk_accuracy):
    return topk_accuracy(torch.zeros(0, 3), torch.zeros(0, dtype=torch.long), ks=(1,))


def test_inputs_are_not_modified(topk_accuracy):
    logits = torch.randn(5, 4)
    targets = torch.randint(0, 4, (5,))
    lb, tb = logits.clone(), targets.clone()
    topk_accuracy(logits, targets, ks=(1, 2))
    return torch.equal(logits, lb), torch.equal(targets, tb)
