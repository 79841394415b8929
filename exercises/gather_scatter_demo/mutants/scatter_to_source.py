"""Scatters the messages into the source nodes instead of the target nodes."""
import torch


def gather_scatter_demo(node_features, edge_index):
    src, tgt = edge_index[0], edge_index[1]
    messages = node_features[src] - node_features[tgt]
    out = torch.zeros_like(node_features)
    out.index_add_(0, src, messages)
    return out
