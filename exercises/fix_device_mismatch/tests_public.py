import torch
from drill_checks import compare


@compare(exact=True)
def test_float_sequences(pad_batch):
    seqs = [torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[5.0, 6.0]])]
    return pad_batch(seqs)


@compare(exact=True)
def test_float64_keeps_its_precision(pad_batch):
    seqs = [
        torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64),
        torch.tensor([1 / 3], dtype=torch.float64),
    ]
    batch, mask = pad_batch(seqs, pad_value=-1.0)
    return batch, mask, str(batch.dtype)


@compare(exact=True)
def test_outputs_follow_the_input_device(pad_batch):
    # 'meta' tensors have a shape, dtype and device but no data: a CPU-only way to see
    # whether new tensors are created where the inputs live.
    seqs = [torch.empty(4, 3, device="meta"), torch.empty(2, 3, device="meta")]
    batch, mask = pad_batch(seqs)
    return {
        "batch": (str(batch.device), str(batch.dtype), tuple(batch.shape)),
        "mask": (str(mask.device), str(mask.dtype), tuple(mask.shape)),
    }
