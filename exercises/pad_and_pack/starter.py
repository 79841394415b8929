import torch


def pad_and_pack(sequences, padding_value=0.0):
    """Pad a list of (L_i, F) or (L_i,) tensors into a batch and pack it.

    Returns (padded, lengths, packed): padded is (B, T_max, F), batch first and
    padded at the end; lengths is an int64 CPU tensor in input order; packed is
    the PackedSequence built with enforce_sorted=False.
    """
    padded = torch.stack([s[:1] for s in sequences])  # placeholder: keeps only the first step
    lengths = torch.ones(len(sequences), dtype=torch.int64)
    packed = None  # placeholder: build the PackedSequence here
    return padded, lengths, packed
