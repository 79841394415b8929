"""Uses return with a list of batches instead of yield: not lazy, and the result is a
list, not an iterator."""


def batch_reader(filepath: str, batch_size: int = 32):
    batches, batch = [], []
    with open(filepath) as f:
        for line in f:
            batch.append(line.strip())
            if len(batch) == batch_size:
                batches.append(batch)
                batch = []
    if batch:
        batches.append(batch)
    return batches
