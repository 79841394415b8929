"""Yields the leftover batch unconditionally: an empty file or an exact multiple of
batch_size ends with an extra empty list."""


def batch_reader(filepath: str, batch_size: int = 32):
    batch = []
    with open(filepath) as f:
        for line in f:
            batch.append(line.strip())
            if len(batch) == batch_size:
                yield batch
                batch = []
    yield batch
