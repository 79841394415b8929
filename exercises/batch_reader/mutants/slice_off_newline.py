"""Drops the newline with line[:-1]: a last line without a trailing newline loses its
final character, and surrounding spaces are kept."""


def batch_reader(filepath: str, batch_size: int = 32):
    batch = []
    with open(filepath) as f:
        for line in f:
            batch.append(line[:-1])
            if len(batch) == batch_size:
                yield batch
                batch = []
    if batch:
        yield batch
