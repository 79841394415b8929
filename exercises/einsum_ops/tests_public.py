import torch
from drill_checks import compare


def test_small_example(einsum_ops):
    x = torch.tensor([[1.0, 2.0]])
    A = torch.tensor([[[1.0, 0.0, 2.0], [0.0, 3.0, 1.0]]])
    y = torch.tensor([[1.0, 1.0, 1.0]])
    S = torch.tensor([[[1.0, 9.0], [9.0, 4.0]]])
    u = torch.tensor([[1.0, 2.0]])
    v = torch.tensor([[3.0, 4.0, 5.0]])
    return einsum_ops(x, A, y, S, u, v)


@compare(rtol=1e-4, atol=1e-5)
def test_random_batch(einsum_ops):
    B, N, M, K, P, Q = 4, 3, 5, 6, 2, 7
    x, A, y = torch.randn(B, N), torch.randn(B, N, M), torch.randn(B, M)
    S = torch.randn(B, K, K)
    u, v = torch.randn(B, P), torch.randn(B, Q)
    return einsum_ops(x, A, y, S, u, v)
