import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence


def pad_and_pack(sequences, padding_value=0.0):
    """Pad a list of (L_i, F) or (L_i,) tensors into a batch and pack it.

    Returns (padded, lengths, packed): padded is (B, T_max, F), batch first and
    padded at the end; lengths is an int64 CPU tensor in input order; packed is
    the PackedSequence built with enforce_sorted=False.
    """
    seqs = list(sequences)
    if not seqs:
        raise ValueError("need at least one sequence")
    shaped = []
    for i, s in enumerate(seqs):
        if s.dim() == 1:
            s = s.unsqueeze(1)  # (L,) -> (L, 1): one feature per step
        elif s.dim() != 2:
            raise ValueError(f"sequence {i} must be 1-D or 2-D, got shape {tuple(s.shape)}")
        shaped.append(s)
    features = {s.shape[1] for s in shaped}
    if len(features) > 1:
        raise ValueError(f"all sequences need the same feature size, got {sorted(features)}")
    lengths = torch.tensor([s.shape[0] for s in shaped], dtype=torch.int64)
    if (lengths == 0).any():
        raise ValueError("every sequence needs length >= 1 to be packed")
    padded = pad_sequence(shaped, batch_first=True, padding_value=padding_value)
    packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
    return padded, lengths, packed
