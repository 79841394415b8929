import torch
from drill_checks import compare


def test_worked_example(per_sample_normalize):
    x = torch.tensor([[[[0.0, 0.0], [0.0, 4.0]], [[10.0, 10.0], [10.0, 10.0]]]])
    return per_sample_normalize(x)


@compare(rtol=1e-5, atol=1e-5)
def test_random_batch(per_sample_normalize):
    x = torch.randn(2, 3, 8, 8) * 100 + 50
    return per_sample_normalize(x)
