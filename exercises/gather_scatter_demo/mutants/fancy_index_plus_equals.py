"""Writes out[tgt] += messages: advanced-index assignment does not accumulate repeated
indices, so a node with several incoming edges keeps only one message."""
import torch


def gather_scatter_demo(node_features, edge_index):
    src, tgt = edge_index[0], edge_index[1]
    messages = node_features[src] - node_features[tgt]
    out = torch.zeros_like(node_features)
    out[tgt] += messages
    return out
