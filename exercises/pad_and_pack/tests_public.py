import torch
from drill_checks import compare


def test_worked_example(pad_and_pack):
    a = torch.tensor([[1.0, 1.0], [2.0, 2.0]])
    b = torch.tensor([[3.0, 3.0], [4.0, 4.0], [5.0, 5.0]])
    c = torch.tensor([[6.0, 6.0]])
    padded, lengths, packed = pad_and_pack([a, b, c], padding_value=-1.0)
    return {
        "padded": padded,
        "lengths": lengths,
        "packed.data": packed.data,
        "packed.batch_sizes": packed.batch_sizes,
        "packed.sorted_indices": packed.sorted_indices,
        "packed.unsorted_indices": packed.unsorted_indices,
    }


@compare(rtol=1e-5, atol=1e-6)
def test_gru_final_hidden_state_on_unsorted_batch(pad_and_pack):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
    seqs = [torch.randn(n, 3, generator=g) for n in (4, 6, 2, 5)]
    padded, lengths, packed = pad_and_pack(seqs)
    gru = torch.nn.GRU(3, 5, batch_first=True)
    gru.load_state_dict({k: 0.5 * torch.randn(v.shape, generator=g)
                         for k, v in gru.state_dict().items()})
    with torch.no_grad():
        _, h_n = gru(packed)
    return {"padded": padded, "lengths": lengths, "h_n": h_n}
