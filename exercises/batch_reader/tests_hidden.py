import os
import tempfile


def _write(name, text):
    path = os.path.join(tempfile.mkdtemp(dir="/tmp"), name)
    with open(path, "w") as fh:
        fh.write(text)
    return path


def test_empty_file_yields_nothing(batch_reader):
    path = _write("empty.csv", "")
    return list(batch_reader(path, batch_size=5))


def test_batch_size_one(batch_reader):
    path = _write("one.csv", "x,y\n1,2\n3,4\n")
    return list(batch_reader(path, batch_size=1))


def test_exact_multiple_has_no_empty_tail(batch_reader):
    path = _write("six.csv", "".join(f"row{i}\n" for i in range(6)))
    return list(batch_reader(path, batch_size=3))


def test_single_line_without_trailing_newline(batch_reader):
    path = _write("single.csv", "only,line")
    return list(batch_reader(path, batch_size=4))


def test_last_line_without_newline_keeps_all_characters(batch_reader):
    path = _write("tail.csv", "a,1\nb,2\nc,3")
    return list(batch_reader(path, batch_size=2))


def test_surrounding_whitespace_is_stripped(batch_reader):
    path = _write("ws.csv", "  id , value \t\n\tk1,  7  \n   \nk2,8\r\n")
    return list(batch_reader(path, batch_size=10))


def test_blank_lines_are_kept_and_counted(batch_reader):
    path = _write("blank.csv", "h\n\n1\n\n\n2\n")
    return list(batch_reader(path, batch_size=2))


def test_batch_larger_than_file(batch_reader):
    path = _write("short.csv", "p,q\n0.1,0.2\n")
    return list(batch_reader(path, batch_size=1000))


def test_default_batch_size_is_32(batch_reader):
    path = _write("hundred.csv", "".join(f"{i},{i * i}\n" for i in range(100)))
    return [len(b) for b in batch_reader(path)], [b[0] for b in batch_reader(path)]


def test_random_lines_and_sizes(batch_reader):
    import random

    lines = [
        ",".join(f"{random.uniform(-5, 5):.3f}" for _ in range(random.randint(1, 4)))
        for _ in range(137)
    ]
    path = _write("random.csv", "\n".join(lines) + "\n")
    return [list(batch_reader(path, batch_size=size)) for size in (1, 7, 10, 137, 200)]


def test_nothing_is_read_before_the_first_batch_is_requested(batch_reader):
    missing = os.path.join(tempfile.mkdtemp(dir="/tmp"), "not_written_yet.csv")
    gen = batch_reader(missing, batch_size=2)
    with open(missing, "w") as fh:  # the file appears only after the call
        fh.write("late,1\nlate,2\nlate,3\n")
    return list(gen)


def test_reads_the_file_as_it_goes(batch_reader):
    # ~600 kB file. After the first batch, rewrite a line far down the file in
    # place (same length). A reader that streams sees the new text; one that
    # slurped the whole file at the start still returns the old one.
    n = 30_000
    path = _write("big.csv", "".join(f"row{i:07d},{i % 97:04d}\n" for i in range(n)))
    gen = batch_reader(path, batch_size=50)
    first = next(gen)
    line_len = len("row0000000,0000\n")
    target = 25_000
    with open(path, "r+") as fh:
        fh.seek(target * line_len)
        fh.write("NEW" + f"{target:07d},9999\n")
    rest = [line for batch in gen for line in batch]
    return first[:3], len(rest), rest[target - 50], rest[-1]
