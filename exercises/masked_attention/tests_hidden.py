import torch
from drill_checks import compare


@compare(rtol=1e-4, atol=1e-5)
def test_fully_masked_rows_are_zero_not_nan(masked_attention):
    q = torch.randn(2, 2, 4, 3)
    k = torch.randn(2, 2, 6, 3)
    v = torch.randn(2, 2, 6, 5) + 3.0  # nonzero mean: an average of v is not zero
    mask = torch.rand(2, 2, 4, 6) > 0.4
    mask[0, 1, 2] = False
    mask[1, 0, 0] = False
    mask[1, 1, 3] = False
    out = masked_attention(q, k, v, mask)
    return out, bool(torch.isnan(out).any())


@compare(exact=True)
def test_every_row_masked(masked_attention):
    q = torch.randn(1, 2, 3, 4)
    k = torch.randn(1, 2, 3, 4)
    v = torch.randn(1, 2, 3, 4)
    mask = torch.zeros(1, 2, 3, 3, dtype=torch.bool)
    return masked_attention(q, k, v, mask)


@compare(rtol=1e-4, atol=1e-5)
def test_padding_mask_broadcasts_over_heads_and_queries(masked_attention):
    q = torch.randn(3, 2, 4, 6)
    k = torch.randn(3, 2, 7, 6)
    v = torch.randn(3, 2, 7, 2)
    lengths = torch.tensor([7, 3, 1])
    pad = (torch.arange(7)[None, :] < lengths[:, None])[:, None, None, :]  # (3, 1, 1, 7)
    return masked_attention(q, k, v, pad)


@compare(rtol=1e-4, atol=1e-5)
def test_weights_of_visible_keys_sum_to_one(masked_attention):
    # With all-ones values every non-empty row must come out exactly 1.
    q = torch.randn(2, 1, 5, 4)
    k = torch.randn(2, 1, 6, 4)
    v = torch.ones(2, 1, 6, 3)
    mask = torch.rand(2, 1, 5, 6) > 0.5
    mask[..., 0] = True
    return masked_attention(q, k, v, mask)


@compare(rtol=1e-4, atol=1e-5)
def test_masked_keys_have_no_influence(masked_attention):
    q = torch.randn(1, 1, 3, 4)
    k = torch.randn(1, 1, 5, 4)
    v = torch.randn(1, 1, 5, 2)
    mask = torch.tensor([True, False, True, False, True])
    k2, v2 = k.clone(), v.clone()
    k2[..., 1, :] = 50.0
    v2[..., 3, :] = 1e3
    return masked_attention(q, k, v, mask), masked_attention(q, k2, v2, mask)


@compare(rtol=1e-4, atol=1e-5)
def test_scaling_uses_head_dimension(masked_attention):
    # D = 16 and values far apart: scaling by sqrt(D) (not D, not 1) matters.
    q = 2.0 * torch.randn(1, 2, 3, 16)
    k = 2.0 * torch.randn(1, 2, 4, 16)
    v = 10.0 * torch.randn(1, 2, 4, 2)
    return masked_attention(q, k, v)


@compare(rtol=1e-10, atol=1e-12)
def test_float64_stays_float64(masked_attention):
    q = torch.randn(2, 2, 3, 5, dtype=torch.float64)
    k = torch.randn(2, 2, 4, 5, dtype=torch.float64)
    v = torch.randn(2, 2, 4, 3, dtype=torch.float64)
    mask = torch.rand(3, 4) > 0.3
    mask[1] = False
    return masked_attention(q, k, v, mask)


@compare(rtol=1e-4, atol=1e-5)
def test_non_contiguous_inputs(masked_attention):
    # (B, L, H, D) storage viewed as (B, H, L, D), the usual layout after a reshape.
    q = torch.randn(2, 5, 3, 4).transpose(1, 2)
    k = torch.randn(2, 6, 3, 4).transpose(1, 2)
    v = torch.randn(2, 6, 3, 8)[..., ::2].transpose(1, 2)
    mask = (torch.rand(2, 1, 6, 5) > 0.3).transpose(-2, -1)
    return masked_attention(q, k, v, mask)


@compare(rtol=1e-4, atol=1e-4)
def test_large_scores_are_stable(masked_attention):
    q = 100.0 * torch.randn(1, 1, 4, 8)
    k = 100.0 * torch.randn(1, 1, 5, 8)
    v = torch.randn(1, 1, 5, 3)
    mask = torch.ones(4, 5, dtype=torch.bool).tril()
    out = masked_attention(q, k, v, mask)
    return out, bool(torch.isfinite(out).all())


@compare(rtol=1e-4, atol=1e-5)
def test_single_key_and_single_query(masked_attention):
    q = torch.randn(2, 1, 1, 3)
    k = torch.randn(2, 1, 1, 3)
    v = torch.randn(2, 1, 1, 4)
    return masked_attention(q, k, v), masked_attention(q, k, v, torch.tensor([[True]]))


def test_no_queries(masked_attention):
    q = torch.zeros(1, 2, 0, 4)
    k = torch.randn(1, 2, 3, 4)
    v = torch.randn(1, 2, 3, 5)
    return masked_attention(q, k, v)


def test_inputs_are_not_modified(masked_attention):
    q = torch.randn(1, 2, 3, 4)
    k = torch.randn(1, 2, 3, 4)
    v = torch.randn(1, 2, 3, 4)
    mask = torch.rand(3, 3) > 0.5
    before = [t.clone() for t in (q, k, v, mask)]
    masked_attention(q, k, v, mask)
    return [torch.equal(a, b) for a, b in zip((q, k, v, mask), before, strict=True)]
