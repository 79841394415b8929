"""Averages the incoming messages (scatter_reduce with "mean") instead of summing them."""
import torch


def gather_scatter_demo(node_features, edge_index):
    src, tgt = edge_index[0], edge_index[1]
    messages = node_features[src] - node_features[tgt]
    out = torch.zeros_like(node_features)
    index = tgt.unsqueeze(1).expand_as(messages)
    return out.scatter_reduce(0, index, messages, reduce="mean", include_self=False)
