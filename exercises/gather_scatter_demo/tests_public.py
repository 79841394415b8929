import torch
from drill_checks import compare


def test_worked_example(gather_scatter_demo):
    x = torch.tensor([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0]])
    edge_index = torch.tensor([[0, 2, 1], [1, 1, 2]])
    return gather_scatter_demo(x, edge_index)


@compare(rtol=1e-5, atol=1e-5)
def test_ring_graph(gather_scatter_demo):
    x = torch.randn(5, 4)
    edge_index = torch.tensor([[0, 1, 2, 3, 4], [1, 2, 3, 4, 0]])
    return gather_scatter_demo(x, edge_index)


@compare(rtol=1e-5, atol=1e-5)
def test_star_graph_all_edges_into_one_node(gather_scatter_demo):
    x = torch.randn(4, 3)
    edge_index = torch.tensor([[1, 2, 3], [0, 0, 0]])
    return gather_scatter_demo(x, edge_index)
