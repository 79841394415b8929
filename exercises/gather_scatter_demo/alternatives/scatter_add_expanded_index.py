"""scatter_add_ with an index expanded over the feature axis, instead of index_add_.

scatter_add_ needs an index of the same shape as the source, so the (E,) target ids
are broadcast to (E, F); gathering uses index_select instead of advanced indexing.
"""

import torch


def gather_scatter_demo(node_features: torch.Tensor, edge_index: torch.Tensor) -> torch.Tensor:
    sources, targets = edge_index[0], edge_index[1]
    messages = node_features.index_select(0, sources) - node_features.index_select(0, targets)
    index = targets.unsqueeze(1).expand(-1, node_features.shape[1])
    out = torch.zeros_like(node_features, memory_format=torch.contiguous_format)
    return out.scatter_add_(0, index, messages)
