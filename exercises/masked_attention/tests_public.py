import torch
from drill_checks import compare


@compare(rtol=1e-4, atol=1e-4)
def test_small_example(masked_attention):
    q = torch.tensor([[[[1.0, 0.0], [0.0, 0.0]]]])
    k = torch.tensor([[[[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]]])
    v = torch.tensor([[[[1.0], [2.0], [4.0]]]])
    mask = torch.tensor([[True, True, False], [False, False, False]])
    return masked_attention(q, k, v, mask)


@compare(rtol=1e-4, atol=1e-5)
def test_no_mask_random(masked_attention):
    q = torch.randn(2, 3, 4, 8)
    k = torch.randn(2, 3, 5, 8)
    v = torch.randn(2, 3, 5, 6)
    return masked_attention(q, k, v)


@compare(rtol=1e-4, atol=1e-5)
def test_causal_mask(masked_attention):
    q = torch.randn(1, 2, 5, 4)
    k = torch.randn(1, 2, 5, 4)
    v = torch.randn(1, 2, 5, 3)
    causal = torch.ones(5, 5, dtype=torch.bool).tril()
    return masked_attention(q, k, v, causal)
