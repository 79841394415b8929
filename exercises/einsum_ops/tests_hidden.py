import torch
from drill_checks import compare


def _inputs(B, N, M, K, P, Q, dtype=torch.float32):
    return (
        torch.randn(B, N, dtype=dtype),
        torch.randn(B, N, M, dtype=dtype),
        torch.randn(B, M, dtype=dtype),
        torch.randn(B, K, K, dtype=dtype),
        torch.randn(B, P, dtype=dtype),
        torch.randn(B, Q, dtype=dtype),
    )


@compare(rtol=1e-4, atol=1e-5)
def test_square_matrices_batch_equals_size(einsum_ops):
    # B == N == M == K == P == Q: transposed indices and wrong diagonals keep the shapes.
    return einsum_ops(*_inputs(4, 4, 4, 4, 4, 4))


@compare(rtol=1e-4, atol=1e-5)
def test_rectangular_bilinear(einsum_ops):
    return einsum_ops(*_inputs(3, 2, 6, 3, 5, 1))


@compare(rtol=1e-4, atol=1e-5)
def test_trace_ignores_off_diagonal(einsum_ops):
    S = torch.randn(3, 5, 5) + 100.0 * (1 - torch.eye(5))
    x, A, y, _, u, v = _inputs(3, 2, 2, 5, 2, 2)
    return einsum_ops(x, A, y, S, u, v)[1]


@compare(rtol=1e-4, atol=1e-5)
def test_non_contiguous_inputs(einsum_ops):
    B = 3
    x = torch.randn(4, B).T  # (3, 4)
    A = torch.randn(B, 5, 4).transpose(1, 2)  # (3, 4, 5)
    y = torch.randn(B, 10)[:, ::2]  # (3, 5)
    S = torch.randn(B, 6, 6).transpose(1, 2)
    u = torch.randn(2, B).T  # (3, 2)
    v = torch.randn(B, 9)[:, 1::3]  # (3, 3)
    return einsum_ops(x, A, y, S, u, v)


@compare(rtol=1e-10, atol=1e-12)
def test_float64_stays_float64(einsum_ops):
    return einsum_ops(*_inputs(2, 3, 4, 5, 3, 2, dtype=torch.float64))


def test_empty_batch(einsum_ops):
    bilinear, trace, outer = einsum_ops(*_inputs(0, 3, 2, 4, 2, 5))
    return bilinear, trace, outer


@compare(rtol=1e-4, atol=1e-5)
def test_size_one_everything(einsum_ops):
    return einsum_ops(*_inputs(1, 1, 1, 1, 1, 1))


@compare(rtol=1e-4, atol=1e-5)
def test_batch_items_are_independent(einsum_ops):
    # Changing item 1 must not change item 0 (catches sums across the batch).
    args = list(_inputs(3, 2, 3, 2, 2, 3))
    first = einsum_ops(*args)
    args = [t.clone() for t in args]
    for t in args:
        t[1] = 7.0
    second = einsum_ops(*args)
    return [r[0] for r in first], [r[0] for r in second], [r[1] for r in second]


@compare(rtol=1e-5)
def test_large_values(einsum_ops):
    return einsum_ops(*[1e3 * t for t in _inputs(2, 3, 3, 3, 2, 2, dtype=torch.float64)])


def test_inputs_are_not_modified(einsum_ops):
    args = _inputs(2, 3, 4, 3, 2, 2)
    before = [t.clone() for t in args]
    einsum_ops(*args)
    return [torch.equal(a, b) for a, b in zip(args, before, strict=True)]
