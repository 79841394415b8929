"""Outer product written as 'bi,bj->ij': the batch letter is dropped from the output,
so the outer products of all items are summed into one matrix."""
import torch


def einsum_ops(x, A, y, S, u, v):
    return (
        torch.einsum("bi,bij,bj->b", x, A, y),
        torch.einsum("bii->b", S),
        torch.einsum("bi,bj->ij", u, v),
    )
