import itertools

from drill_checks import compare


class CountingIterator:
    """Wraps an iterator and counts how many items were pulled from it."""

    def __init__(self, items):
        self._it = iter(items)
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self._it)
        self.pulled += 1
        return value


def test_empty_input_gives_no_chunks(chunked):
    return list(chunked([], 3)), list(chunked(iter(()), 1))


def test_exact_multiple_has_no_trailing_empty_chunk(chunked):
    return list(chunked(range(12), 4))


def test_chunk_size_one(chunked):
    return list(chunked(["lr", "wd", "bs"], 1))


def test_chunk_larger_than_input(chunked):
    return list(chunked([0.1, 0.2], 10))


def test_single_item(chunked):
    return list(chunked([42], 3))


def test_string_gives_lists_of_characters(chunked):
    return list(chunked("abcdefg", 3))


def test_generator_input(chunked):
    losses = (round(1.0 / (step + 1), 6) for step in range(10))
    return list(chunked(losses, 4))


def test_chunks_are_lists(chunked):
    return [type(c).__name__ for c in chunked(range(5), 2)]


def test_creating_the_generator_reads_nothing(chunked):
    source = CountingIterator(range(100))
    chunked(source, 5)
    return source.pulled


def test_first_chunk_reads_exactly_n_items(chunked):
    source = CountingIterator(range(1000))
    gen = chunked(source, 5)
    first = next(gen)
    after_first = source.pulled
    second = next(gen)
    return first, after_first, second, source.pulled


def test_infinite_generator_input(chunked):
    def samples():
        step = 0
        while True:
            yield {"step": step}
            step += 1

    return list(itertools.islice(chunked(samples(), 3), 2))


def test_chunks_do_not_share_storage(chunked):
    chunks = list(chunked(range(6), 2))
    chunks[0].append("changed")
    return chunks


def test_mutating_a_chunk_while_iterating(chunked):
    out = []
    for chunk in chunked(range(7), 3):
        out.append(chunk)
        chunk.append(-1)
    return out


def test_many_random_items(chunked):
    import random

    data = [random.random() for _ in range(1003)]
    chunks = list(chunked(data, 64))
    return [len(c) for c in chunks], [x for c in chunks for x in c] == data


@compare(match=r"(?i)at least 1")
def test_negative_chunk_size_is_rejected(chunked):
    return list(chunked(range(10), -2))


@compare(match=r"(?i)at least 1")
def test_zero_chunk_size_rejected_for_empty_input(chunked):
    return list(chunked([], 0))
