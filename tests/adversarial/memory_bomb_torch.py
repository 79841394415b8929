# ruff: noqa
"""
exercise = "pairwise_distances"
expect_verdict = ["memory_limit_exceeded"]
must_not = "allocate tensors past the memory limit without a memory verdict"
"""
import torch


hoard = []  # kept between calls: later tests fail at once


def pairwise_distances(x, y):
    while True:
        hoard.append(torch.ones(16 * 1024 * 1024))  # 64 MB each, touched
