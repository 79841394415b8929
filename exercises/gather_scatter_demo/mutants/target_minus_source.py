"""Builds the message as target minus source: every result has the wrong sign."""
import torch


def gather_scatter_demo(node_features, edge_index):
    src, tgt = edge_index[0], edge_index[1]
    messages = node_features[tgt] - node_features[src]
    out = torch.zeros_like(node_features)
    out.index_add_(0, tgt, messages)
    return out
