def batch_reader(filepath: str, batch_size: int = 32):
    """Yield lists of up to `batch_size` stripped lines from the file at `filepath`.

    Lazy: the file is read batch by batch, never all at once.
    """
    batch: list[str] = []
    with open(filepath) as handle:
        for line in handle:
            batch.append(line.strip())
            if len(batch) == batch_size:
                yield batch
                batch = []
    if batch:  # the leftover, shorter batch
        yield batch
