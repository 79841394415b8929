"""The original code: both tensors are created with the defaults (float32, CPU), so
float64 values are rounded, integer ids become floats, and inputs on another device
are copied back to the CPU (or fail to copy)."""
import torch


def pad_batch(seqs, pad_value=0.0):
    lengths = [s.shape[0] for s in seqs]
    max_len = max(lengths)
    batch = torch.full((len(seqs), max_len, *seqs[0].shape[1:]), pad_value)
    mask = torch.zeros(len(seqs), max_len, dtype=torch.bool)
    for i, seq in enumerate(seqs):
        batch[i, : lengths[i]] = seq
        mask[i, : lengths[i]] = True
    return batch, mask
