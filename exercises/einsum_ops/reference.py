import torch


def einsum_ops(x, A, y, S, u, v) -> tuple:
    """Return (bilinear, trace, outer):

    bilinear[b] = x[b] @ A[b] @ y[b]         -> (B,)
    trace[b]    = trace(S[b])                -> (B,)
    outer[b]    = u[b][:, None] * v[b][None] -> (B, P, Q)
    """
    bilinear = torch.einsum("bi,bij,bj->b", x, A, y)
    trace = torch.einsum("bii->b", S)
    outer = torch.einsum("bi,bj->bij", u, v)
    return bilinear, trace, outer
