import torch


def test_small_example(topk_accuracy):
    logits = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.4, 0.4, 0.2], [0.3, 0.3, 0.4]])
    targets = torch.tensor([1, 1, 1, 0])
    return topk_accuracy(logits, targets, ks=(1, 2, 3))


def test_random_scores(topk_accuracy):
    logits = torch.randn(50, 10)
    targets = torch.randint(0, 10, (50,))
    return topk_accuracy(logits, targets, ks=(1, 3, 5))


def test_k_larger_than_classes_raises(topk_accuracy):
    return topk_accuracy(torch.randn(4, 3), torch.tensor([0, 1, 2, 0]), ks=(1, 4))
