import torch
from drill_checks import compare


@compare(rtol=1e-5, atol=1e-6)
def test_small_batch(feature_saliency):
    x = torch.tensor([[1.0, 2.0], [3.0, -1.0], [-2.0, 0.5]])
    weight = torch.tensor([[0.5, -1.0, 0.25], [1.0, 0.5, -0.75]])
    keep = torch.tensor([[2.0, 0.0, 2.0], [2.0, 2.0, 0.0], [0.0, 2.0, 2.0]])
    return feature_saliency(x, weight, keep)


@compare(rtol=1e-5, atol=1e-6)
def test_random_inputs(feature_saliency):
    x = torch.randn(6, 4)
    weight = torch.randn(4, 5)
    keep = (torch.rand(6, 5) > 0.5).float() / 0.5
    loss, grad = feature_saliency(x, weight, keep)
    return loss, grad
