def _types(records):
    return [[type(v).__name__ for v in r.values()] for r in records]


def _parse(parse_log_lines, lines):
    records, malformed = parse_log_lines(lines)
    return [list(r.items()) for r in records], _types(records), malformed


def test_scientific_notation(parse_log_lines):
    return _parse(parse_log_lines, ["lr=1e-4 wd=5E-2 big=1e3 neg=-2.5e-3 pos=1.5e+2"])


def test_negative_and_signed_integers(parse_log_lines):
    return _parse(parse_log_lines, ["delta=-3 offset=+4 zero=0 step=120"])


def test_float_forms(parse_log_lines):
    return _parse(parse_log_lines, ["a=1.0 b=3. c=.5 d=-0.0 e=100.25"])


def test_nan_and_inf_losses(parse_log_lines):
    return _parse(parse_log_lines, ["step=9 loss=nan grad_norm=inf scale=-inf"])


def test_strings_are_kept(parse_log_lines):
    return _parse(parse_log_lines, ["phase=eval ckpt=run_42/step_900.pt tag=1e-4x"])


def test_huge_integer_stays_int(parse_log_lines):
    return _parse(parse_log_lines, ["tokens_seen=123456789012345678901234567890"])


def test_whitespace_variants(parse_log_lines):
    lines = [
        "   epoch=1    step=10   ",
        "\tepoch=1\t\tstep=11\t\n",
        "epoch=1 step=12\r\n",
    ]
    return _parse(parse_log_lines, lines)


def test_blank_and_comment_lines_are_skipped_but_counted(parse_log_lines):
    lines = [
        "# run: sweep_07",
        "",
        "   ",
        "step=1 loss=2.0",
        "   # eval every 100 steps",
        "\n",
        "step=2 loss=oops=1",
        "step=3 loss=1.5",
    ]
    return _parse(parse_log_lines, lines)


def test_token_without_equals(parse_log_lines):
    return _parse(parse_log_lines, ["step=1 loss=0.3", "step=2 loss 0.2", "step=3 loss=0.1"])


def test_spaces_around_equals(parse_log_lines):
    return _parse(parse_log_lines, ["step = 4", "step=5 lr =1e-3", "step=6 lr= 1e-3"])


def test_empty_key_or_value(parse_log_lines):
    return _parse(parse_log_lines, ["=3 step=1", "step=2 lr=", "step=3"])


def test_double_equals(parse_log_lines):
    return _parse(parse_log_lines, ["step=1 note=a=b", "step==2", "step=3"])


def test_duplicate_key_is_malformed(parse_log_lines):
    return _parse(parse_log_lines, ["step=1 loss=0.5 loss=0.4", "step=2 loss=0.3"])


def test_bad_token_rejects_the_whole_line(parse_log_lines):
    records, malformed = parse_log_lines(["epoch=1 step=5 garbage loss=0.1"])
    return records, malformed


def test_only_malformed_lines(parse_log_lines):
    return parse_log_lines(["Traceback (most recent call last):", "  File train.py"])


def test_only_blank_lines(parse_log_lines):
    return parse_log_lines(["", "   ", "\n"])


def test_single_line(parse_log_lines):
    return _parse(parse_log_lines, ["loss=0.125"])


def test_generator_input(parse_log_lines):
    lines = (f"step={i} loss={1.0 / (i + 1):.6f}" for i in range(5))
    return _parse(parse_log_lines, lines)


def test_reading_a_file(parse_log_lines):
    import os
    import tempfile

    fd, path = tempfile.mkstemp(suffix=".log", dir="/tmp")
    with os.fdopen(fd, "w") as fh:
        fh.write("# header\n")
        for step in range(1, 6):
            fh.write(f"epoch=0 step={step} loss={2.0 / step:.4f} lr=1e-3\n")
        fh.write("epoch=0 step=6 loss=\n")
        fh.write("\n")
        fh.write("epoch=0 step=7 loss=0.2857 lr=1e-3 note=done\n")
    try:
        with open(path) as fh:
            return _parse(parse_log_lines, fh)
    finally:
        os.remove(path)


def test_many_random_lines(parse_log_lines):
    import random

    lines = []
    for step in range(200):
        kind = random.random()
        if kind < 0.1:
            lines.append("")
        elif kind < 0.2:
            lines.append(f"step={step} loss")
        else:
            lr = random.choice(["1e-3", "3e-4", "0.01"])
            lines.append(f"step={step}  loss={random.uniform(0, 3):.5f} lr={lr}")
    return _parse(parse_log_lines, lines)
