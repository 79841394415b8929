import torch
from drill_checks import compare


@compare(exact=True)
def test_perfect_prediction_is_exactly_zero(per_sample_relative_l2):
    target = torch.randn(3, 5, 5)
    return per_sample_relative_l2(target.clone(), target)


@compare(rtol=1e-5, atol=1e-6)
def test_samples_have_very_different_scales(per_sample_relative_l2):
    # A single global ratio would be dominated by the big sample.
    scales = torch.tensor([1e-2, 1.0, 1e3]).reshape(3, 1, 1)
    target = scales * (torch.randn(3, 6, 6) + 2.0)
    pred = target + scales * 0.2 * torch.randn(3, 6, 6)
    return per_sample_relative_l2(pred, target)


@compare(rtol=1e-5, atol=1e-6)
def test_four_dim_inputs(per_sample_relative_l2):
    target = torch.randn(3, 2, 4, 5)
    pred = torch.randn(3, 2, 4, 5)
    return per_sample_relative_l2(pred, target)


@compare(rtol=1e-5, atol=1e-6)
def test_two_dim_inputs(per_sample_relative_l2):
    target = torch.randn(5, 7)
    pred = target + torch.randn(5, 7)
    return per_sample_relative_l2(pred, target)


@compare(rtol=1e-5, atol=1e-6)
def test_batch_of_one(per_sample_relative_l2):
    target = torch.randn(1, 4, 4)
    pred = torch.randn(1, 4, 4)
    return per_sample_relative_l2(pred, target)


def test_known_values_per_row(per_sample_relative_l2):
    # Row 0: diff (3, 4) -> 5, target norm 10. Row 1: diff (0, 1) -> 1, target norm 4.
    target = torch.tensor([[6.0, 8.0], [0.0, 4.0]], dtype=torch.float64)
    pred = torch.tensor([[9.0, 12.0], [0.0, 5.0]], dtype=torch.float64)
    return per_sample_relative_l2(pred, target)


@compare(rtol=1e-6, atol=1e-9)
def test_float64_stays_float64(per_sample_relative_l2):
    target = torch.randn(4, 3, 3, dtype=torch.float64)
    pred = torch.randn(4, 3, 3, dtype=torch.float64)
    return per_sample_relative_l2(pred, target)


@compare(rtol=1e-5)
def test_zero_target_uses_the_floor(per_sample_relative_l2):
    target = torch.zeros(3, 2, 2)
    target[2] = 1.0
    pred = torch.zeros(3, 2, 2)
    pred[1] = 0.5  # norm 1 against a zero target -> 1 / 1e-8
    pred[2] = 1.0
    return per_sample_relative_l2(pred, target)


@compare(rtol=1e-5, atol=1e-6)
def test_permuted_non_contiguous_inputs(per_sample_relative_l2):
    target = torch.randn(5, 6, 3).permute(2, 0, 1)  # (3, 5, 6), not contiguous
    pred = torch.randn(6, 5, 3).permute(2, 1, 0)
    return per_sample_relative_l2(pred, target)


@compare(rtol=1e-5, atol=1e-6)
def test_sliced_batch(per_sample_relative_l2):
    target = torch.randn(8, 4, 4)[::2]
    pred = torch.randn(8, 4, 4)[1::2]
    return per_sample_relative_l2(pred, target)


@compare(rtol=1e-5)
def test_large_values_float32(per_sample_relative_l2):
    target = 1e5 * torch.randn(2, 10, 10)
    pred = target + 1e4 * torch.randn(2, 10, 10)
    return per_sample_relative_l2(pred, target)


def test_inputs_are_not_modified(per_sample_relative_l2):
    target = torch.randn(3, 4)
    pred = torch.randn(3, 4)
    before = (pred.clone(), target.clone())
    per_sample_relative_l2(pred, target)
    return torch.equal(pred, before[0]), torch.equal(target, before[1])
