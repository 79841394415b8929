"""Passes device=seqs[0].device but forgets the dtype: the batch is still float32, so
float64 inputs lose precision and int64 token ids turn into floats."""
import torch


def pad_batch(seqs, pad_value=0.0):
    lengths = [s.shape[0] for s in seqs]
    max_len = max(lengths)
    device = seqs[0].device
    batch = torch.full((len(seqs), max_len, *seqs[0].shape[1:]), pad_value, device=device)
    mask = torch.zeros(len(seqs), max_len, dtype=torch.bool, device=device)
    for i, seq in enumerate(seqs):
        batch[i, : lengths[i]] = seq
        mask[i, : lengths[i]] = True
    return batch, mask
