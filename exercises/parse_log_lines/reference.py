def _convert(value: str) -> int | float | str:
    """int if int() accepts it, else float if float() does, else the string itself."""
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value


def _parse_line(text: str) -> dict | None:
    """The record for one non-blank, non-comment line, or None if it is malformed."""
    record: dict = {}
    for token in text.split():
        key, sep, value = token.partition("=")
        if not sep or not key or not value or "=" in value or key in record:
            return None
        record[key] = _convert(value)
    return record


def parse_log_lines(lines) -> tuple[list[dict], list[tuple[int, str]]]:
    """Parse `key=value` log lines into typed dicts.

    Returns (records, malformed): the parsed dicts in input order, and the
    (line_number, stripped_text) pairs of lines that could not be parsed.
    Blank lines and lines starting with '#' are skipped silently.
    """
    records: list[dict] = []
    malformed: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        record = _parse_line(text)
        if record is None:
            malformed.append((number, text))
        else:
            records.append(record)
    return records, malformed
