def test_example_from_the_prompt(batch_reader):
    import os
    import tempfile

    path = os.path.join(tempfile.mkdtemp(dir="/tmp"), "sweep.csv")
    with open(path, "w") as fh:
        fh.write("freq,gain\n1.0, 3.2\n2.0,4.1\n3.0,5.0\n")
    return list(batch_reader(path, batch_size=3))


def test_last_partial_batch_is_kept(batch_reader):
    import os
    import tempfile

    path = os.path.join(tempfile.mkdtemp(dir="/tmp"), "runs.csv")
    with open(path, "w") as fh:
        fh.write("id,loss\n")
        for i in range(10):
            fh.write(f"{i},{i * 0.5}\n")
    return [len(b) for b in batch_reader(path, batch_size=4)], list(batch_reader(path, 4))


def test_returns_an_iterator_not_a_list(batch_reader):
    import os
    import tempfile

    path = os.path.join(tempfile.mkdtemp(dir="/tmp"), "params.csv")
    with open(path, "w") as fh:
        fh.write("a\nb\nc\n")
    result = batch_reader(path, batch_size=2)
    return hasattr(result, "__next__"), iter(result) is result, next(result)
