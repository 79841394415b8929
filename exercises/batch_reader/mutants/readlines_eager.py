"""Reads the whole file with readlines() up front and slices it into batches: right
batches, but the entire file sits in memory (not a streaming reader)."""


def batch_reader(filepath: str, batch_size: int = 32):
    with open(filepath) as f:
        lines = [line.strip() for line in f.readlines()]
    for start in range(0, len(lines), batch_size):
        yield lines[start : start + batch_size]
