from drill_checks import compare


def test_range_with_partial_last_chunk(chunked):
    return list(chunked(range(7), 3))


def test_endless_counter(chunked):
    import itertools

    return list(itertools.islice(chunked(itertools.count(), 4), 3))


@compare(match=r"(?i)at least 1")
def test_zero_chunk_size_is_rejected(chunked):
    return list(chunked([1, 2, 3], 0))
