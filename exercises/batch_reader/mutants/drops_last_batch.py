"""Forgets to yield the leftover lines after the loop: the last, shorter batch is lost."""


def batch_reader(filepath: str, batch_size: int = 32):
    batch = []
    with open(filepath) as f:
        for line in f:
            batch.append(line.strip())
            if len(batch) == batch_size:
                yield batch
                batch = []
