import math

import torch
from drill_checks import compare
from torch.nn.utils.rnn import pad_packed_sequence


def _parts(result):
    padded, lengths, packed = result
    return {
        "padded": padded,
        "lengths": lengths,
        "packed.data": packed.data,
        "packed.batch_sizes": packed.batch_sizes,
        "packed.sorted_indices": packed.sorted_indices,
        "packed.unsorted_indices": packed.unsorted_indices,
    }


def _run_gru(packed, features, g, hidden=4, dtype=torch.float32):
    # Identical weights on both sides: drawn from the test's own generator.
    gru = torch.nn.GRU(features, hidden, batch_first=True).to(dtype)
    gru.load_state_dict({k: 0.5 * torch.randn(v.shape, generator=g, dtype=dtype)
                         for k, v in gru.state_dict().items()})
    with torch.no_grad():
        out, h_n = gru(packed)
    out_padded, out_lengths = pad_packed_sequence(out, batch_first=True)
    return {"h_n": h_n, "output": out_padded, "output_lengths": out_lengths}


def test_single_sequence(pad_and_pack):
    s = torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, 4.0]])
    return _parts(pad_and_pack([s], padding_value=9.0))


def test_equal_lengths_need_no_padding(pad_and_pack):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(1)
    seqs = [torch.randn(3, 2, generator=g) for _ in range(4)]
    return _parts(pad_and_pack(seqs, padding_value=-5.0))


@compare(rtol=1e-5, atol=1e-6)
def test_equal_lengths_gru(pad_and_pack):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(2)
    seqs = [torch.randn(5, 3, generator=g) for _ in range(3)]
    _, _, packed = pad_and_pack(seqs)
    return _run_gru(packed, 3, g)


def test_padding_value_is_used_at_the_end(pad_and_pack):
    seqs = [torch.full((1, 2), 1.0), torch.full((4, 2), 2.0), torch.full((2, 2), 3.0)]
    return _parts(pad_and_pack(seqs, padding_value=7.5))


def test_default_padding_value_is_zero(pad_and_pack):
    seqs = [torch.ones(2, 3), torch.full((5, 3), 2.0)]
    return _parts(pad_and_pack(seqs))


def test_more_sequences_than_time_steps(pad_and_pack):
    # B > T_max: a batch/time mix-up does not crash here, it silently packs the wrong axis.
    lengths = [2, 3, 1, 3, 2, 1]
    seqs = [torch.arange(n * 2, dtype=torch.float32).reshape(n, 2) + 10 * i
            for i, n in enumerate(lengths)]
    return _parts(pad_and_pack(seqs, padding_value=-1.0))


@compare(rtol=1e-5, atol=1e-6)
def test_gru_with_more_sequences_than_steps(pad_and_pack):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(3)
    seqs = [torch.randn(n, 2, generator=g) for n in (3, 1, 2, 3, 1, 2, 2)]
    _, _, packed = pad_and_pack(seqs)
    return _run_gru(packed, 2, g)


@compare(rtol=1e-5, atol=1e-6)
def test_gru_ignores_nan_padding(pad_and_pack):
    # Packing must drop the padding entirely: NaN padding may not reach the GRU.
    g = torch.Generator(device=torch.get_default_device()).manual_seed(4)
    seqs = [torch.randn(n, 3, generator=g) for n in (2, 6, 4)]
    padded, lengths, packed = pad_and_pack(seqs, padding_value=math.nan)
    out = _run_gru(packed, 3, g)
    out["h_n_is_finite"] = bool(torch.isfinite(out["h_n"]).all())
    out["padded"] = padded
    out["lengths"] = lengths
    return out


def test_one_dimensional_sequences_get_one_feature(pad_and_pack):
    seqs = [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0]), torch.tensor([5.0, 6.0])]
    return _parts(pad_and_pack(seqs, padding_value=-1.0))


@compare(exact=True)
def test_float64_stays_float64(pad_and_pack):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(5)
    seqs = [torch.randn(n, 2, generator=g, dtype=torch.float64) / 3 for n in (3, 5, 1)]
    return _parts(pad_and_pack(seqs, padding_value=0.1))


@compare(rtol=1e-10, atol=1e-12)
def test_gru_float64(pad_and_pack):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(6)
    seqs = [torch.randn(n, 2, generator=g, dtype=torch.float64) for n in (2, 4, 3)]
    _, _, packed = pad_and_pack(seqs)
    return _run_gru(packed, 2, g, dtype=torch.float64)


def test_non_contiguous_inputs(pad_and_pack):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(7)
    a = torch.randn(3, 4, generator=g).T  # (4, 3), transposed view
    b = torch.randn(6, 3, generator=g)[::2]  # (3, 3), strided slice
    c = torch.randn(2, 5, generator=g)[:, 1:4].T.T  # (2, 3), sliced columns
    return _parts(pad_and_pack([a, b, c], padding_value=-2.0))


def test_large_values(pad_and_pack):
    seqs = [torch.tensor([[1e30, -1e30]]), torch.tensor([[3e38, 1.0], [-3e38, 2.0]])]
    return _parts(pad_and_pack(seqs, padding_value=-1e38))


def test_inputs_are_not_modified(pad_and_pack):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(8)
    seqs = [torch.randn(n, 2, generator=g) for n in (2, 3)]
    before = [s.clone() for s in seqs]
    pad_and_pack(seqs, padding_value=4.0)
    return [torch.equal(s, b) for s, b in zip(seqs, before, strict=True)]


@compare(match=r"(?i)length")
def test_zero_length_sequence_raises(pad_and_pack):
    return pad_and_pack([torch.ones(2, 3), torch.zeros(0, 3), torch.ones(1, 3)])


@compare(match=r"(?i)length")
def test_zero_length_one_dimensional_sequence_raises(pad_and_pack):
    return pad_and_pack([torch.zeros(0), torch.ones(2)])


def test_empty_list_raises(pad_and_pack):
    return pad_and_pack([])


def test_mismatched_feature_sizes_raise(pad_and_pack):
    return pad_and_pack([torch.ones(2, 3), torch.ones(2, 4)])


def test_three_dimensional_sequence_raises(pad_and_pack):
    return pad_and_pack([torch.ones(2, 3), torch.ones(2, 3, 1)])
