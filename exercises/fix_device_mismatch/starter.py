import torch


def pad_batch(
    seqs: list[torch.Tensor], pad_value: float = 0.0
) -> tuple[torch.Tensor, torch.Tensor]:
    """Collate variable-length sequences into one padded batch.

    seqs: non-empty list of tensors of shape (L_i, *features), all with the same
    trailing shape, dtype and device. Returns (batch, mask): batch has shape
    (B, L_max, *features) with pad_value after each sequence's end, and mask is a
    (B, L_max) bool tensor that is True at real (non-padding) positions.
    """
    lengths = [s.shape[0] for s in seqs]
    max_len = max(lengths)
    batch = torch.full((len(seqs), max_len, *seqs[0].shape[1:]), pad_value)
    mask = torch.zeros(len(seqs), max_len, dtype=torch.bool)
    for i, seq in enumerate(seqs):
        batch[i, : lengths[i]] = seq
        mask[i, : lengths[i]] = True
    return batch, mask
