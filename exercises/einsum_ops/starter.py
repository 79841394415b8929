import torch


def einsum_ops(x, A, y, S, u, v) -> tuple:
    """Return (bilinear, trace, outer):

    bilinear[b] = x[b] @ A[b] @ y[b]         -> (B,)
    trace[b]    = trace(S[b])                -> (B,)
    outer[b]    = u[b][:, None] * v[b][None] -> (B, P, Q)
    """
    bilinear = torch.zeros(x.shape[0], dtype=x.dtype)  # placeholder
    trace = torch.zeros(S.shape[0], dtype=S.dtype)  # placeholder
    outer = torch.zeros(u.shape[0], u.shape[1], v.shape[1], dtype=u.dtype)  # placeholder
    return bilinear, trace, outer
