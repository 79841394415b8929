"""Checks `len(batch) > batch_size` after appending: every full batch has one line
too many."""


def batch_reader(filepath: str, batch_size: int = 32):
    batch = []
    with open(filepath) as f:
        for line in f:
            batch.append(line.strip())
            if len(batch) > batch_size:
                yield batch
                batch = []
    if batch:
        yield batch
