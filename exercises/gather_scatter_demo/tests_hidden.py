import torch
from drill_checks import compare


def test_no_edges_gives_zeros(gather_scatter_demo):
    x = torch.randn(3, 2)
    edge_index = torch.zeros(2, 0, dtype=torch.long)
    return gather_scatter_demo(x, edge_index)


def test_no_edges_float64(gather_scatter_demo):
    x = torch.randn(4, 3, dtype=torch.float64)
    edge_index = torch.empty(2, 0, dtype=torch.long)
    return gather_scatter_demo(x, edge_index)


def test_self_loops_contribute_nothing(gather_scatter_demo):
    x = torch.tensor([[1.0, -2.0], [4.0, 0.5], [7.0, 3.0]])
    edge_index = torch.tensor([[0, 1, 2, 0], [0, 1, 2, 2]])
    return gather_scatter_demo(x, edge_index)


def test_repeated_edges_accumulate(gather_scatter_demo):
    # The same edge three times plus another edge into the same node.
    x = torch.tensor([[2.0, 0.0], [0.0, 1.0], [-1.0, 4.0]])
    edge_index = torch.tensor([[0, 0, 0, 2], [1, 1, 1, 1]])
    return gather_scatter_demo(x, edge_index)


def test_chain_is_directed(gather_scatter_demo):
    # 0 -> 1 -> 2 -> 3: results land on targets, never on sources.
    x = torch.tensor([[1.0], [10.0], [100.0], [1000.0]])
    edge_index = torch.tensor([[0, 1, 2], [1, 2, 3]])
    return gather_scatter_demo(x, edge_index)


@compare(rtol=1e-5, atol=1e-5)
def test_random_multigraph(gather_scatter_demo):
    n, e = 20, 120
    x = torch.randn(n, 6)
    edge_index = torch.randint(0, n, (2, e))
    return gather_scatter_demo(x, edge_index)


@compare(rtol=1e-10, atol=1e-10)
def test_float64_stays_float64(gather_scatter_demo):
    x = torch.randn(7, 5, dtype=torch.float64)
    edge_index = torch.randint(0, 7, (2, 30))
    return gather_scatter_demo(x, edge_index)


@compare(rtol=1e-5, atol=1e-5)
def test_transposed_node_features(gather_scatter_demo):
    x = torch.randn(3, 6).T  # (6, 3), not contiguous
    edge_index = torch.tensor([[0, 1, 2, 3, 4, 5, 5], [1, 1, 3, 3, 3, 0, 2]])
    return gather_scatter_demo(x, edge_index)


@compare(rtol=1e-5, atol=1e-5)
def test_strided_slice_of_node_features(gather_scatter_demo):
    x = torch.randn(10, 8)[::2, 1::3]  # (5, 3) view with odd strides
    edge_index = torch.tensor([[4, 3, 2, 1, 0, 0], [0, 0, 0, 4, 4, 1]])
    return gather_scatter_demo(x, edge_index)


def test_single_node_single_feature(gather_scatter_demo):
    x = torch.tensor([[5.0]])
    return gather_scatter_demo(x, torch.tensor([[0], [0]]))


@compare(rtol=1e-6)
def test_large_values(gather_scatter_demo):
    x = torch.tensor([[1e6, -3e5], [2e6, 0.0], [-5e6, 4e6]], dtype=torch.float64)
    edge_index = torch.tensor([[0, 2, 1, 0], [1, 1, 2, 2]])
    return gather_scatter_demo(x, edge_index)


def test_inputs_are_not_modified(gather_scatter_demo):
    x = torch.randn(5, 3)
    edge_index = torch.tensor([[0, 1, 2, 3], [4, 4, 0, 1]])
    x_before, e_before = x.clone(), edge_index.clone()
    gather_scatter_demo(x, edge_index)
    return torch.equal(x, x_before), torch.equal(edge_index, e_before)
