def parse_log_lines(lines):
    """Parse `key=value` log lines into typed dicts.

    Returns (records, malformed): the parsed dicts in input order, and the
    (line_number, stripped_text) pairs of lines that could not be parsed.
    Blank lines and lines starting with '#' are skipped silently.
    """
    records = []
    for line in lines:
        records.append(dict(token.split("=") for token in line.split(" ")))
    return records, []
