import torch


def gather_scatter_demo(
    node_features: torch.Tensor,
    edge_index: torch.Tensor,
) -> torch.Tensor:
    """Sum, at each target node, the messages x[src] - x[tgt] of its incoming edges.

    node_features: (N, F) float tensor. edge_index: (2, E) int64, row 0 = sources,
    row 1 = targets. Returns an (N, F) tensor with the dtype of node_features.
    """
    # placeholder: gather per-edge features, build messages, scatter-add them
    return torch.zeros_like(node_features)
