"""Empties the batch with batch.clear() instead of starting a new list: every yielded
batch is the same list object, so batches the caller kept get overwritten."""


def batch_reader(filepath: str, batch_size: int = 32):
    batch = []
    with open(filepath) as f:
        for line in f:
            batch.append(line.strip())
            if len(batch) == batch_size:
                yield batch
                batch.clear()
    if batch:
        yield batch
