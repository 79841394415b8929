"""Fixes the batch tensor but not the mask: the mask stays on the CPU, and the first
masked op on the GPU raises a device mismatch."""
import torch


def pad_batch(seqs, pad_value=0.0):
    lengths = [s.shape[0] for s in seqs]
    max_len = max(lengths)
    batch = seqs[0].new_full((len(seqs), max_len, *seqs[0].shape[1:]), pad_value)
    mask = torch.zeros(len(seqs), max_len, dtype=torch.bool)
    for i, seq in enumerate(seqs):
        batch[i, : lengths[i]] = seq
        mask[i, : lengths[i]] = True
    return batch, mask
