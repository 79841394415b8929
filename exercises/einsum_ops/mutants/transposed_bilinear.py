"""Swaps the matrix indices in the bilinear form ('bi,bji,bj->b', i.e. x^T A^T y):
crashes when N != M and gives wrong values when A is square."""
import torch


def einsum_ops(x, A, y, S, u, v):
    return (
        torch.einsum("bi,bji,bj->b", x, A, y),
        torch.einsum("bii->b", S),
        torch.einsum("bi,bj->bij", u, v),
    )
