# ruff: noqa
"""
exercise = "pairwise_distances"
expect_verdict = ["time_limit_exceeded"]
must_not = "burn CPU in a loop of C-level matrix products on several threads past the CPU limit"
"""
import torch

torch.set_num_threads(8)


def pairwise_distances(x, y):
    a = torch.randn(1024, 1024)
    while True:
        a = a @ a
        a = a / a.norm()
