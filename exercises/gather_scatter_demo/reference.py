import torch


def gather_scatter_demo(
    node_features: torch.Tensor,
    edge_index: torch.Tensor,
) -> torch.Tensor:
    """Sum, at each target node, the messages x[src] - x[tgt] of its incoming edges."""
    sources, targets = edge_index[0], edge_index[1]
    messages = node_features[sources] - node_features[targets]  # (E, F)
    out = node_features.new_zeros(node_features.shape)
    # index_add_ accumulates when the same target appears more than once.
    out.index_add_(0, targets, messages)
    return out
