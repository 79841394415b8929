"""Bilinear form with the batch letter left out of the output ('bi,bij,bj->'): one scalar
summed over the whole batch instead of one value per item."""
import torch


def einsum_ops(x, A, y, S, u, v):
    return (
        torch.einsum("bi,bij,bj->", x, A, y).expand(x.shape[0]),
        torch.einsum("bii->b", S),
        torch.einsum("bi,bj->bij", u, v),
    )
