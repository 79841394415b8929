"""Forgets that pad_sequence defaults to batch_first=False: returns (T_max, B, F)
and packs it as if it were batch first."""
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
    padded = pad_sequence(seqs, padding_value=padding_value)
    packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
    return padded, lengths, packed
