"""Correct but naive: a Python loop over the edges.

Every edge pulls its two endpoint rows, forms the message and adds it into its
target's row, one edge at a time. The tests have a handful of edges; the benchmark
has 100,000, so the loop makes hundreds of thousands of tiny tensor operations and
must miss the bound by orders of magnitude.
"""

import torch


def gather_scatter_demo(
    node_features: torch.Tensor,
    edge_index: torch.Tensor,
) -> torch.Tensor:
    out = node_features.new_zeros(node_features.shape)
    for source, target in edge_index.t().tolist():
        out[target] += node_features[source] - node_features[target]
    return out
