"""Sorts the sequences by decreasing length itself and packs with enforce_sorted=True:
padded and lengths come back in sorted order, and the PackedSequence has no
sorted_indices / unsorted_indices, so outputs cannot be mapped back to the input order."""
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
    seqs = sorted(seqs, key=lambda s: s.shape[0], reverse=True)
    lengths = torch.tensor([s.shape[0] for s in seqs], dtype=torch.int64)
    padded = pad_sequence(seqs, batch_first=True, padding_value=padding_value)
    packed = pack_padded_sequence(padded, lengths, batch_first=True)
    return padded, lengths, packed
