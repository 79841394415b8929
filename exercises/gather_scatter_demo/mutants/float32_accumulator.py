"""Allocates the output with torch.zeros(N, F), i.e. the default float32: float64
features make index_add_ fail with a dtype mismatch."""
import torch


def gather_scatter_demo(node_features, edge_index):
    src, tgt = edge_index[0], edge_index[1]
    messages = node_features[src] - node_features[tgt]
    out = torch.zeros(node_features.shape[0], node_features.shape[1])
    out.index_add_(0, tgt, messages)
    return out
