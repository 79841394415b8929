import torch
from drill_checks import compare


@compare(exact=True)
def test_constant_slices_give_zeros(per_sample_normalize):
    # Exactly representable constants: the mean is exact, so the output is exactly 0.
    x = torch.tensor([3.0, -2.0, 0.0, 1024.0]).reshape(2, 2, 1, 1).expand(2, 2, 4, 4).clone()
    return per_sample_normalize(x)


@compare(rtol=1e-5, atol=1e-5)
def test_constant_slice_next_to_varying_ones(per_sample_normalize):
    x = torch.randn(2, 2, 4, 4)
    x[1, 0] = 5.0
    return per_sample_normalize(x)


@compare(rtol=1e-5, atol=1e-5)
def test_samples_and_channels_on_different_scales(per_sample_normalize):
    scale = torch.tensor([[1.0, 100.0, 0.01], [1e3, 0.1, 10.0]]).reshape(2, 3, 1, 1)
    shift = torch.tensor([[0.0, -50.0, 3.0], [7.0, 0.0, -2.0]]).reshape(2, 3, 1, 1)
    x = torch.randn(2, 3, 5, 6) * scale + shift
    return per_sample_normalize(x)


def test_unbiased_std_known_values(per_sample_normalize):
    # 1..4: mean 2.5, squared deviations sum to 5, unbiased variance 5/3.
    x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]], dtype=torch.float64)
    return per_sample_normalize(x)


@compare(rtol=1e-5, atol=1e-5)
def test_batch_of_one_single_channel(per_sample_normalize):
    x = torch.randn(1, 1, 6, 4) * 3 - 1
    return per_sample_normalize(x)


@compare(rtol=1e-5, atol=1e-5)
def test_two_pixel_slices(per_sample_normalize):
    x = torch.randn(3, 2, 1, 2)
    return per_sample_normalize(x)


@compare(rtol=1e-7, atol=1e-7)
def test_float64_stays_float64(per_sample_normalize):
    x = torch.randn(2, 2, 5, 5, dtype=torch.float64) * 20 + 4
    return per_sample_normalize(x)


@compare(rtol=1e-5, atol=1e-5)
def test_channels_last_permuted_input(per_sample_normalize):
    x = (torch.randn(2, 5, 4, 3) * 10).permute(0, 3, 1, 2)  # (2, 3, 5, 4), not contiguous
    return per_sample_normalize(x)


@compare(rtol=1e-5, atol=1e-5)
def test_spatially_transposed_input(per_sample_normalize):
    x = torch.randn(2, 3, 4, 5).transpose(-2, -1)  # (2, 3, 5, 4): H and W not mergeable
    return per_sample_normalize(x)


@compare(rtol=1e-5, atol=1e-5)
def test_sliced_input(per_sample_normalize):
    x = torch.randn(4, 3, 6, 8)[::2, :, ::2, 1::2]  # (2, 3, 3, 4) view
    return per_sample_normalize(x)


@compare(rtol=1e-6, atol=1e-6)
def test_large_offset_float64(per_sample_normalize):
    x = torch.randn(2, 2, 4, 4, dtype=torch.float64) + 1e6
    return per_sample_normalize(x)


@compare(rtol=1e-3, atol=1e-3)
def test_large_values_float32(per_sample_normalize):
    x = torch.randn(2, 2, 4, 4) * 1e4 + 1e5
    return per_sample_normalize(x)


def test_input_is_not_modified(per_sample_normalize):
    x = torch.randn(2, 2, 3, 3)
    before = x.clone()
    out = per_sample_normalize(x)
    return torch.equal(x, before), tuple(out.shape)
