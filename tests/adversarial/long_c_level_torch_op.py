# ruff: noqa
"""
exercise = "pairwise_distances"
expect_verdict = ["time_limit_exceeded"]
must_not = "hold the process in one C-level operation that never returns to Python"
"""
import torch


def pairwise_distances(x, y):
    torch.set_num_threads(1)
    a = torch.randn(6000, 6000)
    for _ in range(100):
        a = torch.mm(a, a)  # tens of seconds each on one core
    return a
