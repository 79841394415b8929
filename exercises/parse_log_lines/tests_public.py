def test_example_log(parse_log_lines):
    log = [
        "epoch=3 step=120 loss=0.25 lr=1e-4",
        "epoch=3   step=121\tloss=0.2487  lr=1e-4 phase=train\n",
        "",
        "# resumed from checkpoint",
        "epoch=3 step=122 loss = 0.24",
    ]
    return parse_log_lines(log)


def test_value_types(parse_log_lines):
    records, _ = parse_log_lines(["step=7 loss=0.5 lr=3e-4 optimizer=adamw"])
    return records, [type(v).__name__ for v in records[0].values()]


def test_empty_input(parse_log_lines):
    return parse_log_lines([])
