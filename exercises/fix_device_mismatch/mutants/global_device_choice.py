"""Picks the device globally ('cuda' if available, else 'cpu') instead of following
the input: inputs on any other device (another GPU, meta) end up mismatched."""
import torch


def pad_batch(seqs, pad_value=0.0):
    lengths = [s.shape[0] for s in seqs]
    max_len = max(lengths)
    device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    batch = torch.full(
        (len(seqs), max_len, *seqs[0].shape[1:]), pad_value, dtype=seqs[0].dtype, device=device
    )
    mask = torch.zeros(len(seqs), max_len, dtype=torch.bool, device=device)
    for i, seq in enumerate(seqs):
        batch[i, : lengths[i]] = seq
        mask[i, : lengths[i]] = True
    return batch, mask
