"""Pads at the front (left padding, as for causal decoders) instead of at the end:
the first L_i steps of each row are padding, so packing keeps padding and drops data."""
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
    t_max = int(lengths.max())
    padded = torch.full((len(seqs), t_max, seqs[0].shape[1]), padding_value, dtype=seqs[0].dtype)
    for i, s in enumerate(seqs):
        padded[i, t_max - s.shape[0]:] = s
    packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
    return padded, lengths, packed
