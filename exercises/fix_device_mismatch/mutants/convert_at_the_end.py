"""Builds everything with the defaults and converts with .to(seqs[0]) only at the end:
the values were already squeezed through float32 (and copied through the CPU)."""
import torch


def pad_batch(seqs, pad_value=0.0):
    lengths = [s.shape[0] for s in seqs]
    max_len = max(lengths)
    batch = torch.full((len(seqs), max_len, *seqs[0].shape[1:]), pad_value)
    mask = torch.zeros(len(seqs), max_len, dtype=torch.bool)
    for i, seq in enumerate(seqs):
        batch[i, : lengths[i]] = seq
        mask[i, : lengths[i]] = True
    return batch.to(seqs[0]), mask.to(seqs[0].device)
