"""The same three results without einsum: batched matmul, diagonal() and broadcasting.

bilinear: (B, 1, N) @ (B, N, M) @ (B, M, 1) -> (B, 1, 1), then flattened to (B,);
trace: the diagonal of the last two axes, summed; outer: (B, P, 1) * (B, 1, Q).
"""


def einsum_ops(x, A, y, S, u, v):
    bilinear = (x.unsqueeze(1) @ A @ y.unsqueeze(2)).reshape(x.shape[0])
    trace = S.diagonal(dim1=-2, dim2=-1).sum(dim=-1)
    outer = u.unsqueeze(2) * v.unsqueeze(1)
    return bilinear, trace, outer
