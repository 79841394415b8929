def batch_reader(filepath: str, batch_size: int = 32):
    """Yield lists of up to `batch_size` stripped lines from the file at `filepath`.

    Lazy: the file is read batch by batch, never all at once.
    """
    raise NotImplementedError("open the file and yield one batch at a time")
