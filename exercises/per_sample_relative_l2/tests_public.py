import torch
from drill_checks import compare


def test_worked_example(per_sample_relative_l2):
    target = torch.tensor([[[3.0, 0.0], [0.0, 4.0]], [[1.0, 1.0], [1.0, 1.0]]])
    pred = torch.tensor([[[3.0, 0.0], [0.0, 4.0]], [[2.0, 1.0], [1.0, 1.0]]])
    return per_sample_relative_l2(pred, target)


@compare(rtol=1e-5, atol=1e-6)
def test_random_fields(per_sample_relative_l2):
    target = torch.randn(4, 8, 8) + 3.0
    pred = target + 0.1 * torch.randn(4, 8, 8)
    return per_sample_relative_l2(pred, target)
