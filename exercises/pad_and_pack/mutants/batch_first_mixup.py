"""Pads batch-first but packs without batch_first=True, so pack_padded_sequence reads
dimension 0 (the batch) as time and dimension 1 (time) as the batch: it crashes when
B > T_max and otherwise silently packs the wrong axis."""
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence


def pad_and_pack(sequences, padding_value=0.0):
    seqs = [s.unsqueeze(1) if s.dim() == 1 else s for s in sequences]
    if not seqs:
        raise ValueError("need at least one sequence")
    if any(s.dim() != 2 for s in seqs):
        raise ValueError("sequences must be 1-D or 2-D")
    if len({s.shape[1] for s in seqs}) > 1:
        raise ValueError("feature sizes differ")
    if any(s.shape[0] == 0 for s in seqs):
        raise ValueError("zero length sequence")
    lengths = torch.tensor([s.shape[0] for s in seqs], dtype=torch.int64)
    padded = pad_sequence(seqs, batch_first=True, padding_value=padding_value)
    packed = pack_padded_sequence(padded, lengths, enforce_sorted=False)
    return padded, lengths, packed
