import torch
from drill_checks import compare


def _describe(t):
    return str(t.device), str(t.dtype), tuple(t.shape)


@compare(exact=True)
def test_token_ids_stay_int64(pad_batch):
    seqs = [torch.tensor([101, 2023, 102]), torch.tensor([101, 102]), torch.tensor([7])]
    return pad_batch(seqs, pad_value=-100.0)


@compare(exact=True)
def test_large_token_ids_are_exact(pad_batch):
    # Above 2**24 not every integer is representable in float32.
    seqs = [torch.tensor([2**24 + 1, 2**40 + 3]), torch.tensor([123_456_789])]
    return pad_batch(seqs)


@compare(exact=True)
def test_float64_random_features(pad_batch):
    seqs = [torch.randn(n, 3, dtype=torch.float64) for n in (5, 2, 4)]
    return pad_batch(seqs, pad_value=0.5)


@compare(exact=True)
def test_float16_stays_float16(pad_batch):
    seqs = [torch.randn(3, 2).half(), torch.randn(1, 2).half()]
    return pad_batch(seqs)


@compare(exact=True)
def test_meta_int64_ids(pad_batch):
    seqs = [torch.empty(n, dtype=torch.long, device="meta") for n in (3, 5)]
    batch, mask = pad_batch(seqs)
    return _describe(batch), _describe(mask)


@compare(exact=True)
def test_meta_float64_with_trailing_dims(pad_batch):
    seqs = [torch.empty(n, 2, 3, dtype=torch.float64, device="meta") for n in (1, 4, 2)]
    batch, mask = pad_batch(seqs, pad_value=-1.0)
    return _describe(batch), _describe(mask)


@compare(exact=True)
def test_single_sequence(pad_batch):
    return pad_batch([torch.tensor([[1.5, -2.0], [0.25, 4.0]])])


@compare(exact=True)
def test_equal_lengths_need_no_padding(pad_batch):
    seqs = [torch.randn(3, 2) for _ in range(4)]
    return pad_batch(seqs, pad_value=9.0)


@compare(exact=True)
def test_empty_sequence_in_batch(pad_batch):
    seqs = [torch.zeros(0, 2), torch.tensor([[1.0, 1.0], [2.0, 2.0]]), torch.zeros(0, 2)]
    return pad_batch(seqs, pad_value=-5.0)


@compare(exact=True)
def test_non_contiguous_sequences(pad_batch):
    base = torch.randn(3, 6, dtype=torch.float64)
    seqs = [base.t(), base[:, ::2].t()[:2]]  # (6, 3) and (2, 3) views, not contiguous
    return pad_batch(seqs)


@compare(exact=True)
def test_inputs_are_not_modified(pad_batch):
    seqs = [torch.randn(2, 2), torch.randn(3, 2)]
    before = [s.clone() for s in seqs]
    pad_batch(seqs, pad_value=7.0)
    return [torch.equal(a, b) for a, b in zip(seqs, before, strict=True)]
