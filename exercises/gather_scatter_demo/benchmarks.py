"""Benchmark inputs: each function takes a seed and returns the entry point's arguments."""

import torch


def graph_n20000_e100000_f32(seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """A random multigraph: 20,000 nodes with 32 float32 features, 100,000 edges."""
    generator = torch.Generator(device=torch.get_default_device()).manual_seed(seed)
    num_nodes, num_edges, features = 20_000, 100_000, 32
    node_features = torch.randn(num_nodes, features, generator=generator)
    edge_index = torch.randint(0, num_nodes, (2, num_edges), generator=generator)
    return node_features, edge_index
